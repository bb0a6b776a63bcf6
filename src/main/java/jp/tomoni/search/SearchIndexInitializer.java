package jp.tomoni.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Rows written outside Hibernate (Flyway, imports through SQL, a restored backup) are not in the search index.
 * At start-up each indexed entity's index is compared with its table and rebuilt when they differ. An index written
 * with other analysers (an older {@link JapaneseAnalysisConfigurer#VERSION}, noted in the file
 * {@code analysis-version} of the index directory) is rebuilt whole.
 */
@Component
class SearchIndexInitializer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

	static final String VERSION_FILE = "analysis-version";

	private final EntityManagerFactory entityManagerFactory;

	private final @Nullable Path indexRoot;

	SearchIndexInitializer(EntityManagerFactory entityManagerFactory, Environment environment) {
		this.entityManagerFactory = entityManagerFactory;
		String root = environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.root");
		String type = environment.getProperty("spring.jpa.properties.hibernate.search.backend.directory.type",
				"local-filesystem");
		this.indexRoot = root != null && type.equals("local-filesystem") ? Path.of(root) : null;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildStaleIndexes() throws InterruptedException, IOException {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		if (indexRoot != null && !String.valueOf(JapaneseAnalysisConfigurer.VERSION).equals(writtenVersion())) {
			log.info("Rebuilding every search index: the analysers changed (version {} → {})", writtenVersion(),
					JapaneseAnalysisConfigurer.VERSION);
			mapping.scope(Object.class).massIndexer().threadsToLoadObjects(1).mergeSegmentsOnFinish(true).startAndWait();
			Files.createDirectories(indexRoot);
			Files.writeString(indexRoot.resolve(VERSION_FILE), String.valueOf(JapaneseAnalysisConfigurer.VERSION));
			return;
		}
		for (var entity : mapping.allIndexedEntities()) {
			Class<?> type = entity.javaClass();
			if (!type.isAnnotationPresent(Indexed.class)) {
				continue;
			}
			try (var entityManager = entityManagerFactory.createEntityManager()) {
				long rows = entityManager.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
					.getSingleResult();
				SearchSession session = Search.session(entityManager);
				long indexed = session.search(type).where(f -> f.matchAll()).fetchTotalHitCount();
				if (rows != indexed) {
					log.info("Rebuilding the search index of {} ({} rows, {} indexed)", entity.jpaName(), rows, indexed);
					mapping.scope(type).massIndexer().threadsToLoadObjects(1).mergeSegmentsOnFinish(true).startAndWait();
				}
			}
		}
	}

	private @Nullable String writtenVersion() throws IOException {
		Path file = indexRoot == null ? null : indexRoot.resolve(VERSION_FILE);
		return file != null && Files.exists(file) ? Files.readString(file).strip() : null;
	}
}
