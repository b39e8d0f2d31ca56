package org.innomatch.profile.profiles;

/** Example bodies of the OpenAPI document of the profile endpoints. */
final class ProfileApiExamples {

    private ProfileApiExamples() {
    }

    static final String PROFILE_ID = "6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90";

    static final String REQUEST = """
            {"name": "Dr. Anna Kowalska", "kind": "RESEARCH_INSTITUTE", "organization": "Łukasiewicz Research Network",
             "country": "PL", "sectors": ["HEALTH.MEDTECH", "AI.COMPUTER_VISION"],
             "offers": "Ultrasound imaging prototypes with AI-assisted diagnosis, clinical validation in Polish hospitals",
             "needs": "Manufacturing partner and distributors in China; Medizintechnik-Zulassung in der EU",
             "keywords": ["ultrasound", "obrazowanie", "医疗器械"], "cooperationTypes": ["JOINT_RESEARCH", "LICENSING"],
             "languages": ["pl", "en", "de"],
             "contact": {"email": "anna.kowalska@example.pl", "phone": "+48 22 123 45 67", "website": "https://example.pl"},
             "visibility": "PARTICIPANTS_ONLY"}""";

    static final String PROFILE = """
            {"id": "6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90", "name": "Dr. Anna Kowalska", "kind": "RESEARCH_INSTITUTE",
             "organization": "Łukasiewicz Research Network", "country": "PL", "sectors": ["HEALTH.MEDTECH", "AI.COMPUTER_VISION"],
             "offers": "Ultrasound imaging prototypes with AI-assisted diagnosis, clinical validation in Polish hospitals",
             "needs": "Manufacturing partner and distributors in China; Medizintechnik-Zulassung in der EU",
             "keywords": ["ultrasound", "obrazowanie", "医疗器械"], "cooperationTypes": ["JOINT_RESEARCH", "LICENSING"],
             "languages": ["pl", "en", "de"],
             "contact": {"email": "anna.kowalska@example.pl", "phone": "+48 22 123 45 67", "website": "https://example.pl"},
             "visibility": "PARTICIPANTS_ONLY", "ownerPartnerId": null, "version": 0,
             "createdAt": "2026-11-23T09:30:00.123456Z", "updatedAt": "2026-11-23T09:30:00.123456Z"}""";

    static final String PAGE = """
            {"items": [{"id": "6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90", "name": "Dr. Anna Kowalska", "kind": "RESEARCH_INSTITUTE",
              "organization": "Łukasiewicz Research Network", "country": "PL", "sectors": ["HEALTH.MEDTECH", "AI.COMPUTER_VISION"],
              "offers": "Ultrasound imaging prototypes with AI-assisted diagnosis", "needs": "Manufacturing partner in China",
              "keywords": ["ultrasound", "医疗器械"], "cooperationTypes": ["JOINT_RESEARCH"], "languages": ["pl", "en"],
              "visibility": "PARTICIPANTS_ONLY", "ownerPartnerId": null, "version": 2,
              "createdAt": "2026-11-23T09:30:00.123456Z", "updatedAt": "2026-11-23T10:02:11.000001Z"}],
             "nextCursor": "djF8Y3wyMDI2LTExLTIzVDA5OjMwOjAwLjEyMzQ1Nlp8NmYxZjJhOGUtNWQwYi00YzFlLTlhNTMtMmI3ZDhjMWU0Zjkw"}""";

    static final String MERGE_PATCH = """
            {"needs": "Distributors in Germany and China", "keywords": ["ultrasound", "AI"], "contact": {"phone": null}}""";

    static final String EXPORT = """
            {"exportedAt": "2026-11-24T08:00:00Z",
             "profile": {"id": "6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90", "name": "Dr. Anna Kowalska", "kind": "RESEARCH_INSTITUTE",
              "organization": "Łukasiewicz Research Network", "country": "PL", "sectors": ["HEALTH.MEDTECH"], "offers": "Ultrasound imaging",
              "needs": "Manufacturing partner", "keywords": ["ultrasound"], "cooperationTypes": ["LICENSING"], "languages": ["pl"],
              "contact": {"email": "anna.kowalska@example.pl"}, "visibility": "PARTICIPANTS_ONLY", "ownerPartnerId": null,
              "version": 1, "createdAt": "2026-11-23T09:30:00.123456Z", "updatedAt": "2026-11-23T10:00:00.000001Z"},
             "events": [{"id": "0b8f5c1a-6a35-4f6e-8a0e-2d9f4c7b1e23", "type": "org.innomatch.profile.upserted.v1",
              "time": "2026-11-23T09:30:00.123456Z", "publishedAt": "2026-11-23T09:30:00.310221Z",
              "data": {"id": "6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90", "name": "Dr. Anna Kowalska", "version": 0}}]}""";

    static final String VALIDATION_400 = """
            {"type": "https://innomatch.org/problems/validation", "title": "Validation failed", "status": 400,
             "detail": "3 invalid fields", "instance": "/profiles",
             "errors": [{"field": "keywords[2]", "message": "size must be between 0 and 60", "rejectedValue": "…"},
                        {"field": "name", "message": "must not be blank", "rejectedValue": ""},
                        {"field": "sectors", "message": "must not be empty"}],
             "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";

    static final String MALFORMED_400 = """
            {"type": "https://innomatch.org/problems/malformed-body", "title": "Malformed request body", "status": 400,
             "detail": "A value in the request body does not have the expected type or format", "instance": "/profiles",
             "errors": [{"field": "sectors", "message": "must be an array"}],
             "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";

    static final String QUERY_400 = """
            {"type": "https://innomatch.org/problems/validation", "title": "Validation failed", "status": 400,
             "detail": "Invalid query parameters", "instance": "/profiles",
             "errors": [{"field": "sector", "message": "must be one of the allowed values", "rejectedValue": "SPACE",
                         "allowed": ["HEALTH", "HEALTH.MEDTECH", "AI", "…"]},
                        {"field": "cursor", "message": "is not a cursor returned by this API (use nextCursor as is)", "rejectedValue": "abc"},
                        {"field": "limit", "message": "must be a whole number from 1 to 100", "rejectedValue": "500"}],
             "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";

    static final String UNPROCESSABLE_422 = """
            {"type": "https://innomatch.org/problems/validation", "title": "Validation failed", "status": 422,
             "detail": "2 invalid fields", "instance": "/profiles",
             "errors": [{"field": "kind", "message": "must be one of the allowed values", "rejectedValue": "ROBOT",
                         "allowed": ["DIPLOMAT", "GOVERNMENT", "RESEARCH_INSTITUTE", "UNIVERSITY", "ENTERPRISE", "STARTUP", "INVESTOR", "INTERMEDIARY"]},
                        {"field": "sectors[1]", "message": "must be one of the allowed values", "rejectedValue": "HEALTH.SPACE",
                         "allowed": ["HEALTH", "HEALTH.MEDTECH", "HEALTH.PHARMA", "…"]}],
             "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";

    static final String NOT_FOUND_404 = """
            {"type": "https://innomatch.org/problems/not-found", "title": "Not Found", "status": 404,
             "detail": "Profile 6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90 not found",
             "instance": "/profiles/6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90", "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";

    static final String FORBIDDEN_403 = """
            {"type": "https://innomatch.org/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "partner embassy-pl may not change profile 6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90: \
            it was not created by this partner",
             "instance": "/profiles/6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90",
             "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";

    static final String CREATE_FORBIDDEN_403 = """
            {"type": "https://innomatch.org/problems/forbidden", "title": "Forbidden", "status": 403,
             "detail": "A participant may not create profiles", "instance": "/profiles",
             "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";

    static final String PRECONDITION_FAILED_412 = """
            {"type": "https://innomatch.org/problems/precondition-failed", "title": "Precondition Failed", "status": 412,
             "detail": "If-Match \\"1\\" does not match the current ETag \\"2\\" of profile 6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90; read it again and retry",
             "instance": "/profiles/6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90", "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";

    static final String PRECONDITION_REQUIRED_428 = """
            {"type": "https://innomatch.org/problems/precondition-required", "title": "Precondition Required", "status": 428,
             "detail": "Send If-Match with the ETag of the profile you read, so that a concurrent change is not overwritten",
             "instance": "/profiles/6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90", "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";

    static final String TOO_LARGE_413 = """
            {"type": "https://innomatch.org/problems/body-too-large", "title": "Content Too Large", "status": 413,
             "detail": "The request body exceeds 65536 bytes", "instance": "/profiles",
             "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";

    static final String UNSUPPORTED_415 = """
            {"type": "about:blank", "title": "Unsupported Media Type", "status": 415,
             "detail": "Content type text/plain is not supported here", "instance": "/profiles/6f1f2a8e-5d0b-4c1e-9a53-2b7d8c1e4f90",
             "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";

    static final String SERVER_ERROR_500 = """
            {"type": "https://innomatch.org/problems/internal", "title": "Internal Server Error", "status": 500,
             "detail": "Unexpected error; quote the requestId when reporting it", "instance": "/profiles",
             "requestId": "5f0c7a8e-3d1b-4c53-9f61-0e2b4f8d7a10"}""";
}
