package org.innomatch.gateway.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a whole test class, every RestAssured request without credentials sends the admin key
 * ({@link TestCredentials#adminByDefault()}); afterwards requests are anonymous again.
 */
public class AdminByDefault implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        TestCredentials.adminByDefault();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestCredentials.anonymous();
    }
}
