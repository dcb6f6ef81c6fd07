package studio.loqui.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import studio.loqui.Eventually;
import studio.loqui.support.TestUsers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@Tag("api")
class SessionSafetyTest {

    private static final int TRIALS = 10;

    @Inject
    AuthService auth;

    @Test
    void shouldLetOneOfTwoRacingRefreshesWinAndEndTheFamily() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int trial = 0; trial < TRIALS; trial++) {
                TestUsers.Account a = TestUsers.register();
                List<Response> answers = raceRefreshes(pool, a.refreshToken());
                List<Integer> codes = answers.stream().map(Response::statusCode).sorted().toList();
                assertEquals(List.of(200, 401), codes, "trial " + trial);
                Response winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
                given().header("Authorization", "Bearer " + winner.path("access_token")).get("/api/auth/me")
                        .then().statusCode(401);
                given().contentType(ContentType.JSON).body(Map.of("refresh_token", winner.path("refresh_token")))
                        .post("/api/v1/auth/refresh").then().statusCode(401);
                given().header("Authorization", a.bearer()).get("/api/auth/me").then().statusCode(401);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldStopADisabledAccountsTokensAtOnce() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).get("/api/v1/voices/profiles").then().statusCode(200);

        auth.disable(a.id());

        given().header("Authorization", a.bearer()).get("/api/v1/voices/profiles").then().statusCode(401);
        given().header("Authorization", a.bearer()).get("/api/user/profile").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refresh_token", a.refreshToken()))
                .post("/api/v1/auth/refresh").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("username", a.username(), "password", a.password()))
                .post("/api/v1/auth/login").then().statusCode(401);
    }

    @Test
    void shouldStopTheTokensOfAnAccountDisabledInTheDatabaseWithinTheSessionCheckInterval() {
        TestUsers.Account a = TestUsers.register();
        given().header("Authorization", a.bearer()).get("/api/v1/voices/profiles").then().statusCode(200);

        QuarkusTransaction.requiringNew().run(() -> User.update("active = false where id = ?1", a.id()));

        Eventually.within(SessionRegistry.TTL.plus(Duration.ofSeconds(5)), () -> given().header("Authorization", a.bearer())
                .get("/api/v1/voices/profiles").statusCode() == 401);
    }

    private static List<Response> raceRefreshes(ExecutorService pool, String refreshToken) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Response> refresh = () -> {
            start.await();
            return given().contentType(ContentType.JSON).body(Map.of("refresh_token", refreshToken))
                    .post("/api/v1/auth/refresh");
        };
        List<Response> answers = new ArrayList<>();
        for (Future<Response> answer : pool.invokeAll(List.of(refresh, refresh))) {
            answers.add(answer.get());
        }
        return answers;
    }
}
