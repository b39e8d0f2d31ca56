package org.innomatch.project.programme;

/** Example bodies for the OpenAPI document of the programme resources. */
final class ProgrammeExamples {

    static final String EVENT_ID = "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32";
    static final String SESSION_ID = "b6e1d3f0-2a47-4c95-8e3b-71d0c9a5f248";
    static final String PROFILE_ID = "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11";

    static final String REQUEST = """
            {
              "kind": "ROADSHOW_PITCH",
              "title": "Roadshow: ECG models for wearable cardiac monitoring",
              "description": "Eight-minute pitch, then questions from Beijing hospitals and device makers.",
              "startsAt": "2026-12-03T10:40:00+08:00",
              "endsAt": "2026-12-03T10:55:00+08:00",
              "room": "Hall B",
              "capacity": 120,
              "speakerProfileIds": ["e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05"],
              "projectId": "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7"
            }""";

    static final String PATCH = """
            {"startsAt": "2026-12-03T11:00:00+08:00", "endsAt": "2026-12-03T11:15:00+08:00", "room": "Hall C"}""";

    static final String SESSION = """
            {
              "id": "b6e1d3f0-2a47-4c95-8e3b-71d0c9a5f248",
              "eventId": "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
              "kind": "ROADSHOW_PITCH",
              "title": "Roadshow: ECG models for wearable cardiac monitoring",
              "description": "Eight-minute pitch, then questions from Beijing hospitals and device makers.",
              "startsAt": "2026-12-03T10:40:00+08:00",
              "endsAt": "2026-12-03T10:55:00+08:00",
              "room": "Hall B",
              "capacity": 120,
              "speakerProfileIds": ["e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05"],
              "projectId": "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7",
              "status": "SCHEDULED",
              "createdAt": "2026-11-20T09:00:00.123456Z",
              "updatedAt": "2026-11-20T09:00:00.123456Z",
              "version": 0
            }""";

    static final String PAGE = """
            {
              "items": [
                {
                  "id": "0c9e4b1a-5f27-4d83-b6a0-2e71f8c3d954",
                  "eventId": "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
                  "kind": "POLICY_PRESENTATION",
                  "title": "Poland's innovation policy and cooperation needs in medicine and health",
                  "startsAt": "2026-12-03T09:15:00+08:00",
                  "endsAt": "2026-12-03T09:35:00+08:00",
                  "room": "Hall B",
                  "speakerProfileIds": ["3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11"],
                  "status": "SCHEDULED",
                  "createdAt": "2026-11-20T08:55:00.123456Z",
                  "updatedAt": "2026-11-20T08:55:00.123456Z",
                  "version": 0
                }
              ],
              "nextCursor": "eyJwIjoiMjAyNi0xMi0wM1QwMToxNTowMFoiLCJpIjoiMGM5ZTRiMWEifQ"
            }""";

    static final String FOLLOW = """
            {
              "eventId": "5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32",
              "sessionId": "b6e1d3f0-2a47-4c95-8e3b-71d0c9a5f248",
              "profileId": "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11",
              "status": "FOLLOWING",
              "followedAt": "2026-11-27T16:00:00.123456Z",
              "updatedAt": "2026-11-27T16:00:00.123456Z"
            }""";

    static final String UNPROCESSABLE = """
            {
              "type": "https://innomatch.org/problems/validation",
              "title": "Validation failed",
              "status": 422,
              "detail": "2 invalid fields",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32/sessions",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10",
              "errors": [
                {"field": "room", "message": "is taken from 2026-12-03T10:30+08:00 to 2026-12-03T11:00+08:00 by \
            session 0c9e4b1a-5f27-4d83-b6a0-2e71f8c3d954 (Panel: fintech in Beijing)", "rejectedValue": "Hall B"},
                {"field": "projectId", "message": "must be the id of an existing project",
                 "rejectedValue": "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7"}
              ]
            }""";

    static final String BAD_REQUEST = """
            {
              "type": "https://innomatch.org/problems/validation",
              "title": "Validation failed",
              "status": 400,
              "detail": "1 invalid field",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32/sessions",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10",
              "errors": [{"field": "title", "message": "must not be blank"}]
            }""";

    static final String NOT_FOUND = """
            {
              "type": "https://innomatch.org/problems/not-found",
              "title": "Not Found",
              "status": 404,
              "detail": "session b6e1d3f0-2a47-4c95-8e3b-71d0c9a5f248 not found",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32/sessions/b6e1d3f0-2a47-4c95-8e3b-71d0c9a5f248",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String NOT_REGISTERED = """
            {
              "type": "https://innomatch.org/problems/validation",
              "title": "Validation failed",
              "status": 422,
              "detail": "1 invalid field",
              "instance": "/events/5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32/sessions/b6e1d3f0-2a47-4c95-8e3b-71d0c9a5f248\
            /followers/3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10",
              "errors": [{"field": "profileId", "message": "must be registered to event \
            5d3e8f21-a9b7-4c60-8e14-f2a06b9c7d32 to follow its sessions",
                "rejectedValue": "3f6c2a1e-8b4d-4c7a-9e21-5d0b7f3a9c11"}]
            }""";

    static final String CANCELLED = """
            {
              "type": "https://innomatch.org/problems/conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "Session b6e1d3f0-2a47-4c95-8e3b-71d0c9a5f248 is CANCELLED; only a SCHEDULED session can be \
            followed",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String PRECONDITION_FAILED = """
            {
              "type": "https://innomatch.org/problems/precondition-failed",
              "title": "Precondition Failed",
              "status": 412,
              "detail": "If-Match \\"1\\" does not match the current ETag \\"2\\"; read the resource again and reapply \
            your change",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String PRECONDITION_REQUIRED = """
            {
              "type": "https://innomatch.org/problems/precondition-required",
              "title": "Precondition Required",
              "status": 428,
              "detail": "Send If-Match with the ETag of the version you read, e.g. If-Match: \\"2\\"",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    private ProgrammeExamples() {
    }
}
