package org.equalityduty.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The service, started once for the test classes on a random local port, as {@code java -jar} would start it. */
final class RunningService {
    private static ConfigurableApplicationContext context;
    private static URI base;

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RunningService() {
    }

    static synchronized URI base() {
        if (base == null) {
            context = SpringApplication.run(PlanCheckService.class, "--server.port=0", "--server.address=127.0.0.1");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            base = URI.create("http://127.0.0.1:" + port);
            Runtime.getRuntime().addShutdownHook(new Thread(context::close));
        }
        return base;
    }

    static URI uri(String pathAndQuery) {
        return base().resolve(pathAndQuery);
    }

    static byte[] resource(String name) {
        try (InputStream in = RunningService.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
