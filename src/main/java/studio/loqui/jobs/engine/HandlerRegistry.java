package studio.loqui.jobs.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import studio.loqui.jobs.JobHandler;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every {@link JobHandler} bean, by kind. */
@ApplicationScoped
public class HandlerRegistry {

    private final Map<String, JobHandler<?>> byKind;

    public HandlerRegistry(Instance<JobHandler<?>> handlers) {
        this.byKind = handlers.stream().collect(Collectors.toUnmodifiableMap(JobHandler::kind, Function.identity()));
    }

    public Optional<JobHandler<?>> find(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    public boolean knows(String kind) {
        return byKind.containsKey(kind);
    }

    public Set<String> kinds() {
        return byKind.keySet();
    }
}
