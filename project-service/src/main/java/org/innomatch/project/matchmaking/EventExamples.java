package org.innomatch.project.matchmaking;

/** Example bodies for the OpenAPI document of the matchmaking resources. */
final class EventExamples {

    static final String REQUEST = """
            {
              "name": "5th Matchmaking Event for Innovation Resources with S&T Diplomats",
              "city": "Beijing",
              "timezone": "Asia/Shanghai",
              "startsAt": "2026-12-03T09:00:00+08:00",
              "endsAt": "2026-12-03T17:30:00+08:00",
              "slotMinutes": 20,
              "tables": 24,
              "status": "OPEN"
            }""";

    static final String PATCH = """
            {"tables": 30, "status": "CLOSED"}""";

    static final String EVENT = """
            {
              "id": "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
              "name": "5th Matchmaking Event for Innovation Resources with S&T Diplomats",
              "city": "Beijing",
              "timezone": "Asia/Shanghai",
              "startsAt": "2026-12-03T09:00:00+08:00",
              "endsAt": "2026-12-03T17:30:00+08:00",
              "slotMinutes": 20,
              "tables": 24,
              "status": "OPEN",
              "createdAt": "2026-11-19T03:22:10.412345Z",
              "updatedAt": "2026-11-19T03:22:10.412345Z",
              "version": 0
            }""";

    static final String PAGE = """
            {
              "items": [
                {
                  "id": "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
                  "name": "5th Matchmaking Event for Innovation Resources with S&T Diplomats",
                  "city": "Beijing",
                  "timezone": "Asia/Shanghai",
                  "startsAt": "2026-12-03T09:00:00+08:00",
                  "endsAt": "2026-12-03T17:30:00+08:00",
                  "slotMinutes": 20,
                  "tables": 24,
                  "status": "OPEN",
                  "createdAt": "2026-11-19T03:22:10.412345Z",
                  "updatedAt": "2026-11-19T03:22:10.412345Z",
                  "version": 0
                }
              ]
            }""";

    static final String REGISTRATION_REQUEST = """
            {"profileId": "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05"}""";

    static final String REGISTRATION = """
            {
              "eventId": "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
              "profileId": "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
              "status": "REGISTERED",
              "registeredAt": "2026-11-20T08:15:00.000001Z",
              "updatedAt": "2026-11-20T08:15:00.000001Z"
            }""";

    static final String CHECKED_IN = """
            {
              "eventId": "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
              "profileId": "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
              "status": "REGISTERED",
              "registeredAt": "2026-11-20T08:15:00.000001Z",
              "updatedAt": "2026-12-03T00:52:40.000001Z",
              "checkedInAt": "2026-12-03T00:52:40.000001Z"
            }""";

    static final String CHECK_IN_CANCELLED = """
            {
              "type": "https://innomatch.org/problems/conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "The registration of profile e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05 to event \
            5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32 is CANCELLED; only a registered participant can be checked in",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32/registrations/\
            e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05/check-in",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String REGISTRATION_PAGE = """
            {
              "items": [
                {
                  "eventId": "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
                  "profileId": "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
                  "status": "REGISTERED",
                  "registeredAt": "2026-11-20T08:15:00.000001Z",
                  "updatedAt": "2026-11-20T08:15:00.000001Z"
                }
              ],
              "nextCursor": "djF8MTc2MzYyNjUwMC4wMDAwMDEwMDB8ZTQxYjdjOTMtNWQyOC00ZjA2LTlhMWUtM2M4ZDJiN2Y2YTA1"
            }""";

    static final String BAD_REQUEST = """
            {
              "type": "https://innomatch.org/problems/validation",
              "title": "Validation failed",
              "status": 400,
              "detail": "2 invalid fields",
              "instance": "/events",
              "errors": [
                {"field": "slotMinutes", "message": "must be less than or equal to 240", "rejectedValue": "300"},
                {"field": "tables", "message": "must not be null"}
              ],
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String UNPROCESSABLE = """
            {
              "type": "https://innomatch.org/problems/validation",
              "title": "Validation failed",
              "status": 422,
              "detail": "2 invalid fields",
              "instance": "/events",
              "errors": [
                {"field": "timezone", "message": "must be an IANA time zone id such as Asia/Shanghai or Europe/Warsaw", "rejectedValue": "Beijing/China"},
                {"field": "endsAt", "message": "must be after startsAt", "rejectedValue": "2026-12-03T08:00+08:00"}
              ],
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String UNKNOWN_PROFILE = """
            {
              "type": "https://innomatch.org/problems/validation",
              "title": "Validation failed",
              "status": 422,
              "detail": "1 invalid field",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32/registrations",
              "errors": [
                {"field": "profileId", "message": "must be the id of an existing profile", "rejectedValue": "0d3c7b0e-8a5a-4d61-9f1e-6f3b2c1d0e9a"}
              ],
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String BAD_LIST_PARAMETERS = """
            {
              "type": "https://innomatch.org/problems/validation",
              "title": "Validation failed",
              "status": 400,
              "detail": "Invalid list parameters",
              "instance": "/events",
              "errors": [
                {"field": "status", "message": "must be one of [DRAFT, OPEN, CLOSED]", "rejectedValue": "PUBLISHED", "allowed": ["DRAFT", "OPEN", "CLOSED"]}
              ],
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String NOT_FOUND = """
            {
              "type": "https://innomatch.org/problems/not-found",
              "title": "Not Found",
              "status": 404,
              "detail": "event 5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32 not found",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String REGISTRATION_NOT_FOUND = """
            {
              "type": "https://innomatch.org/problems/not-found",
              "title": "Not Found",
              "status": 404,
              "detail": "registration e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05 not found",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32/registrations/e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String NOT_OPEN = """
            {
              "type": "https://innomatch.org/problems/conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "Event 5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32 is CLOSED; registration is possible only while it is OPEN",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32/registrations",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String BACK_TO_DRAFT = """
            {
              "type": "https://innomatch.org/problems/conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "Event 5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32 is OPEN; an event that was opened cannot go back to DRAFT",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String PRECONDITION_FAILED = """
            {
              "type": "https://innomatch.org/problems/precondition-failed",
              "title": "Precondition Failed",
              "status": 412,
              "detail": "If-Match \\"1\\" does not match the current version \\"2\\"; read the resource again and reapply your change",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String PRECONDITION_REQUIRED = """
            {
              "type": "https://innomatch.org/problems/precondition-required",
              "title": "Precondition Required",
              "status": 428,
              "detail": "Send If-Match with the ETag of the version you read, e.g. If-Match: \\"2\\"",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String TOO_LARGE = """
            {
              "type": "https://innomatch.org/problems/body-too-large",
              "title": "Content Too Large",
              "status": 413,
              "detail": "The request body of 70000 bytes exceeds the limit of 65536 bytes (64 KiB)",
              "instance": "/events",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    private EventExamples() {
    }
}
