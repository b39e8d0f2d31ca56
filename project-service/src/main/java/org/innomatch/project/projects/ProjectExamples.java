package org.innomatch.project.projects;

/** Example bodies for the OpenAPI document of {@link ProjectResource}. */
final class ProjectExamples {

    static final String REQUEST = """
            {
              "title": "Cuff-less wearable for AI arrhythmia screening",
              "summary": "A wrist-worn PPG and single-lead ECG band from a Tel Aviv medtech startup that flags atrial fibrillation on-device; CE-marked pilot in two Israeli hospitals, now seeking a Chinese clinical partner and co-investment.",
              "ownerProfileId": "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
              "country": "IL",
              "sectors": ["HEALTH.MEDTECH", "AI"],
              "trl": 6,
              "cooperationTypes": ["INVESTMENT", "PILOT_CUSTOMER", "MARKET_ACCESS"],
              "keywords": ["atrial fibrillation", "wearable", "ECG", "edge AI"],
              "fundingSought": {"amount": 2500000.00, "currency": "USD"},
              "deadline": "2027-03-31T23:59:59+03:00"
            }""";

    static final String PATCH = """
            {"trl": 7, "keywords": ["atrial fibrillation", "wearable", "ECG", "edge AI", "clinical pilot"], "deadline": null}""";

    static final String PROJECT = """
            {
              "id": "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7",
              "title": "Cuff-less wearable for AI arrhythmia screening",
              "summary": "A wrist-worn PPG and single-lead ECG band from a Tel Aviv medtech startup that flags atrial fibrillation on-device; CE-marked pilot in two Israeli hospitals, now seeking a Chinese clinical partner and co-investment.",
              "ownerProfileId": "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
              "country": "IL",
              "sectors": ["HEALTH.MEDTECH", "AI"],
              "trl": 6,
              "cooperationTypes": ["INVESTMENT", "PILOT_CUSTOMER", "MARKET_ACCESS"],
              "keywords": ["atrial fibrillation", "wearable", "ECG", "edge AI"],
              "fundingSought": {"amount": 2500000.00, "currency": "USD"},
              "status": "DRAFT",
              "deadline": "2027-03-31T23:59:59+03:00",
              "createdAt": "2026-11-23T09:30:00.123456Z",
              "updatedAt": "2026-11-23T09:30:00.123456Z",
              "version": 0
            }""";

    static final String PUBLISHED = """
            {
              "id": "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7",
              "title": "Cuff-less wearable for AI arrhythmia screening",
              "summary": "A wrist-worn PPG and single-lead ECG band ...",
              "ownerProfileId": "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
              "country": "IL",
              "sectors": ["HEALTH.MEDTECH", "AI"],
              "trl": 6,
              "cooperationTypes": ["INVESTMENT"],
              "keywords": ["wearable"],
              "status": "PUBLISHED",
              "createdAt": "2026-11-23T09:30:00.123456Z",
              "updatedAt": "2026-11-24T08:00:00.000001Z",
              "version": 2
            }""";

    static final String CLOSED = """
            {
              "id": "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7",
              "title": "Cuff-less wearable for AI arrhythmia screening",
              "summary": "A wrist-worn PPG and single-lead ECG band ...",
              "ownerProfileId": "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
              "country": "IL",
              "sectors": ["HEALTH.MEDTECH", "AI"],
              "cooperationTypes": [],
              "keywords": [],
              "status": "CLOSED",
              "closedAt": "2026-12-03T10:00:00Z",
              "closeReason": "MANUAL",
              "createdAt": "2026-11-23T09:30:00.123456Z",
              "updatedAt": "2026-12-03T10:00:00Z",
              "version": 3
            }""";

    static final String PAGE = """
            {
              "items": [
                {
                  "id": "7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7",
                  "title": "Cuff-less wearable for AI arrhythmia screening",
                  "summary": "A wrist-worn PPG and single-lead ECG band ...",
                  "ownerProfileId": "e41b7c93-5d28-4f06-9a1e-3c8d2b7f6a05",
                  "country": "IL",
                  "sectors": ["HEALTH.MEDTECH", "AI"],
                  "trl": 6,
                  "cooperationTypes": ["INVESTMENT"],
                  "keywords": ["wearable"],
                  "status": "PUBLISHED",
                  "createdAt": "2026-11-23T09:30:00.123456Z",
                  "updatedAt": "2026-11-24T08:00:00.000001Z",
                  "version": 2
                }
              ],
              "nextCursor": "djF8MTc2Mzg5MDIwMC4xMjM0NTYwMDB8N2EyZDllNDAtMTNjNS00YjhmLWE2ZTItYzk0ZjA1ZDFiM2E3"
            }""";

    static final String BAD_REQUEST = """
            {
              "type": "https://innomatch.org/problems/validation",
              "title": "Validation failed",
              "status": 400,
              "detail": "2 invalid fields",
              "instance": "/projects",
              "errors": [
                {"field": "keywords[3]", "message": "size must be between 0 and 60", "rejectedValue": "an overlong keyword ..."},
                {"field": "title", "message": "must not be blank", "rejectedValue": ""}
              ],
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String MALFORMED = """
            {
              "type": "https://innomatch.org/problems/malformed-body",
              "title": "Malformed request body",
              "status": 400,
              "detail": "A value in the request body does not have the expected type or format",
              "instance": "/projects",
              "errors": [{"field": "trl", "message": "must be an integer", "rejectedValue": "six"}],
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String UNPROCESSABLE = """
            {
              "type": "https://innomatch.org/problems/validation",
              "title": "Validation failed",
              "status": 422,
              "detail": "2 invalid fields",
              "instance": "/projects",
              "errors": [
                {"field": "ownerProfileId", "message": "must be the id of an existing profile", "rejectedValue": "0d3c7b0e-8a5a-4d61-9f1e-6f3b2c1d0e9a"},
                {"field": "sectors[1]", "message": "must be a sector code or a sub-code PARENT.CHILD of one", "rejectedValue": "BIOTECH",
                 "allowed": ["HEALTH", "AI", "MANUFACTURING", "FINTECH", "ENERGY", "AGRIFOOD", "MOBILITY", "ICT", "MATERIALS", "ENVIRONMENT", "AEROSPACE", "EDUCATION"]}
              ],
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String BAD_LIST_PARAMETERS = """
            {
              "type": "https://innomatch.org/problems/validation",
              "title": "Validation failed",
              "status": 400,
              "detail": "Invalid list parameters",
              "instance": "/projects",
              "errors": [
                {"field": "status", "message": "must be one of [DRAFT, PUBLISHED, CLOSED]", "rejectedValue": "OPEN", "allowed": ["DRAFT", "PUBLISHED", "CLOSED"]}
              ],
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String BAD_CURSOR = """
            {
              "type": "https://innomatch.org/problems/validation",
              "title": "Validation failed",
              "status": 400,
              "detail": "The cursor is not one this service issued",
              "instance": "/projects",
              "errors": [{"field": "cursor", "message": "must be a nextCursor value returned by this list", "rejectedValue": "abc"}],
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String NOT_FOUND = """
            {
              "type": "https://innomatch.org/problems/not-found",
              "title": "Not Found",
              "status": 404,
              "detail": "project 7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7 not found",
              "instance": "/projects/7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String CONFLICT_CLOSED = """
            {
              "type": "https://innomatch.org/problems/conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "Project 7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7 is CLOSED; a closed project can no longer be edited",
              "instance": "/projects/7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String CONFLICT_PUBLISH = """
            {
              "type": "https://innomatch.org/problems/conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "Project 7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7 is CLOSED; only a DRAFT project can be published",
              "instance": "/projects/7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7/publish",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String CONFLICT_CLOSE = """
            {
              "type": "https://innomatch.org/problems/conflict",
              "title": "Conflict",
              "status": 409,
              "detail": "Project 7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7 is CLOSED; it is already closed",
              "instance": "/projects/7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7/close",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String PRECONDITION_FAILED = """
            {
              "type": "https://innomatch.org/problems/precondition-failed",
              "title": "Precondition Failed",
              "status": 412,
              "detail": "If-Match \\"1\\" does not match the current version \\"2\\"; read the resource again and reapply your change",
              "instance": "/projects/7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String PRECONDITION_REQUIRED = """
            {
              "type": "https://innomatch.org/problems/precondition-required",
              "title": "Precondition Required",
              "status": 428,
              "detail": "Send If-Match with the ETag of the version you read, e.g. If-Match: \\"2\\"",
              "instance": "/projects/7a2d9e40-13c5-4b8f-a6e2-c94f05d1b3a7",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    static final String TOO_LARGE = """
            {
              "type": "https://innomatch.org/problems/body-too-large",
              "title": "Content Too Large",
              "status": 413,
              "detail": "The request body of 70000 bytes exceeds the limit of 65536 bytes (64 KiB)",
              "instance": "/projects",
              "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"
            }""";

    private ProjectExamples() {
    }
}
