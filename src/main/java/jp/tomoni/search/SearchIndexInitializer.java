package jp.tomoni.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rows written outside Hibernate (Flyway, imports through SQL, a restored backup) are not in the search index.
 * At start-up each indexed entity's index is compared with its table and rebuilt when they differ.
 */
@Component
class SearchIndexInitializer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexInitializer(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildStaleIndexes() throws InterruptedException {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
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
}
