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

    private static final Filter ADMIN_UNLESS_SET = new AdminUnlessSet();

    /** A named class, so that a copy registered by an earlier Quarkus application's class loader is found too. */
    static final class AdminUnlessSet implements Filter {
        @Override
        public io.restassured.response.Response filter(io.restassured.specification.FilterableRequestSpecification request,
                                                       io.restassured.specification.FilterableResponseSpecification response,
                                                       io.restassured.filter.FilterContext ctx) {
            if (!request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", TestTokens.bearer(TestTokens.internalAdmin()));
            }
            return ctx.next(request, response);
        }
    }

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
        // By class name: after a Quarkus restart RestAssured still holds the filter of the previous class loader.
        List<Filter> others = RestAssured.filters().stream()
                .filter(f -> !f.getClass().getName().equals(AdminUnlessSet.class.getName())).toList();
        RestAssured.replaceFiltersWith(others);
        if (!optedOut(context.getTestInstance().getClass())) {
            RestAssured.filters(ADMIN_UNLESS_SET);
        }
    }
}
