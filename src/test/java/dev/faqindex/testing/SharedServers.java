package dev.faqindex.testing;

import dev.faqindex.config.Setting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ModifierSupport;

/**
 * The JUnit extension behind {@link SharedServer}: one running server per content folder for the whole test run,
 * kept in the root context's store, so the test classes that search a folder index it once instead of each starting
 * and indexing a server of their own. JUnit closes the servers when the run ends.
 */
public final class SharedServers implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedServers.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        List<Field> fields = AnnotationSupport.findAnnotatedFields(context.getRequiredTestClass(), SharedServer.class,
                ModifierSupport::isStatic);
        for (Field field : fields) {
            SharedServer.Folder folder = field.getAnnotation(SharedServer.class).value();
            Shared shared = store.getOrComputeIfAbsent(folder, SharedServers::start, Shared.class);
            field.setAccessible(true);
            field.set(null, shared.valueFor(field.getType(), field));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(SharedServer.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        SharedServer.Folder folder = parameter.findAnnotation(SharedServer.class).orElseThrow().value();
        Shared shared = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(folder, SharedServers::start, Shared.class);
        return shared.valueFor(parameter.getParameter().getType(), parameter.getParameter());
    }

    private static Shared start(SharedServer.Folder folder) {
        try {
            Path temp = Files.createTempDirectory("faq-index-shared-" + folder.name().toLowerCase(Locale.ROOT) + "-");
            PartnerSite partner = PartnerSite.start();
            RunningServer server = RunningServer.start(RunningServer.testConfig(folder.path(), temp.resolve("index"))
                    .with(Setting.ALLOWED_ORIGINS, List.of(SharedServer.PARTNER_ORIGIN, partner.origin())));
            return new Shared(server, partner, temp);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the shared server over " + folder.path(), e);
        }
    }

    /** One folder's server, its partner site, and the temporary folder holding its index and analytics. */
    private record Shared(RunningServer server, PartnerSite partner, Path temp) implements AutoCloseable {

        Object valueFor(Class<?> type, Object where) {
            if (type == RunningServer.class) {
                return server;
            }
            if (type == PartnerSite.class) {
                return partner;
            }
            throw new IllegalStateException("@SharedServer goes on a RunningServer or PartnerSite field or parameter, "
                    + "not on " + where);
        }

        @Override
        public void close() {
            try (partner) {
                server.close();
            } finally {
                RunningServer.deleteTree(temp);
            }
        }
    }
}
