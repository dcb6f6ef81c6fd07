# Builds and runs the same server as ./loqui start.
FROM debian:bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jdk-headless ca-certificates \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY models models
RUN ./mvnw -B -q package -DskipTests

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends openjdk-17-jre-headless libpulse0 \
        espeak-ng apertium apertium-eng-spa apertium-eng-cat apertium-en-gl apertium-eo-en apertium-hbs-eng \
        apertium-eu-en apertium-isl-eng apertium-mkd-eng apertium-es-pt apertium-fr-es apertium-spa-ita \
        apertium-oc-es apertium-spa-ast apertium-spa-arg apertium-es-ro libdlib-data sox rubberband-cli \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/quarkus-app /app
COPY --from=build /src/models /app/models
VOLUME /app/storage
EXPOSE 8080
CMD ["java", "-jar", "/app/quarkus-run.jar"]
