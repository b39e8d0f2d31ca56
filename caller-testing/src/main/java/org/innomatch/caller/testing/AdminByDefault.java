package org.innomatch.caller.testing;

import java.util.List;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Before each {@code @QuarkusTest} method, makes every RestAssured request that carries no {@code Authorization}
 * send a freshly minted internal admin token, so that a service's tests about something else need not repeat it.
 * Test classes about authentication opt out with {@link NoDefaultCaller}. A service enables this by listing the
 * class in {@code src/test/resources/META-INF/services/io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback}.
 */
public class AdminByDefault implements QuarkusTestBeforeEachCallback {

    private static final Filter ADMIN_UNLESS_SET = (request, response, ctx) -> {
        if (!request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", TestTokens.bearer(TestTokens.internalAdmin()));
        }
        return ctx.next(request, response);
    };

    // By name: the test class may come from another class loader than this callback.
    private static boolean optedOut(Class<?> testClass) {
        for (var annotation : testClass.getAnnotations()) {
            if (annotation.annotationType().getName().equals(NoDefaultCaller.class.getName())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        List<Filter> others = RestAssured.filters().stream().filter(f -> f != ADMIN_UNLESS_SET).toList();
        RestAssured.replaceFiltersWith(others);
        if (!optedOut(context.getTestInstance().getClass())) {
            RestAssured.filters(ADMIN_UNLESS_SET);
        }
    }
}
