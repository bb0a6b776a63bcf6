package jp.tomoni.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCommitDeleteEventListener;
import org.hibernate.event.spi.PostCommitInsertEventListener;
import org.hibernate.event.spi.PostCommitUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The counts of a search — total and facet values — kept until the searched entity changes, like the request cache
 * of search servers: counting visits every match, while the page of hits does not (Lucene stops early), so the counts
 * are what a broad query costs. A change of any entity of the type (insert, update, delete, seen by Hibernate when it
 * is flushed and again when it is committed) starts a new generation, and the counts of older generations are never
 * read again; entries also expire after a while, which bounds a change made outside Hibernate (plain SQL) or one
 * racing with a search. The hits of a page are searched live too, except where a module asks for a page to be kept
 * ({@link #page}: the first pages of the public event search, which the same popular words reach again and again;
 * docs/decisions/0052).
 */
@Component
public class SearchCounts {

	private record Key(Class<?> type, long generation, Object query) {
	}

	private record PageKey(List<Class<?>> types, List<Long> generations, Object query) {
	}

	private final Map<Class<?>, AtomicLong> generations = new ConcurrentHashMap<>();

	private final Cache<Object, Object> cache;

	private final boolean enabled;

	private final boolean pagesEnabled;

	SearchCounts(EntityManagerFactory entityManagerFactory,
			@Value("${tomoni.search.counts-cache.enabled:true}") boolean enabled,
			@Value("${tomoni.search.counts-cache.max-entries:5000}") long maxEntries,
			@Value("${tomoni.search.counts-cache.expire-after:PT1M}") Duration expireAfter,
			@Value("${tomoni.search.page-cache.enabled:true}") boolean pagesEnabled) {
		this.enabled = enabled;
		this.pagesEnabled = pagesEnabled;
		this.cache = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(expireAfter).build();
		EventListenerRegistry listeners = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		ChangeListener listener = new ChangeListener();
		listeners.appendListeners(EventType.POST_INSERT, listener);
		listeners.appendListeners(EventType.POST_UPDATE, listener);
		listeners.appendListeners(EventType.POST_DELETE, listener);
		listeners.appendListeners(EventType.POST_COMMIT_INSERT, listener);
		listeners.appendListeners(EventType.POST_COMMIT_UPDATE, listener);
		listeners.appendListeners(EventType.POST_COMMIT_DELETE, listener);
	}

	/**
	 * The counts of a query on an entity type: from the cache while nothing of that type changed, else computed.
	 *
	 * @param query everything that decides the counts (the typed text, the filters), with value equality
	 */
	@SuppressWarnings("unchecked")
	public <T> T of(Class<?> type, Object query, Supplier<T> counting) {
		if (!enabled) {
			return counting.get();
		}
		return (T) cache.get(new Key(type, generation(type).get(), query), key -> counting.get());
	}

	/**
	 * A page of hits kept like the counts, until an entity of any of the types changes (or the entry expires), when
	 * {@code tomoni.search.page-cache.enabled} (the default).
	 *
	 * @param query everything that decides the page (the typed text, the filters, the page number and size)
	 */
	@SuppressWarnings("unchecked")
	public <T> T page(List<Class<?>> types, Object query, Supplier<T> searching) {
		if (!pagesEnabled) {
			return searching.get();
		}
		List<Long> current = types.stream().map(type -> generation(type).get()).toList();
		return (T) cache.get(new PageKey(List.copyOf(types), current, query), key -> searching.get());
	}

	/** Forgets the counts of a type: for changes Hibernate does not see. */
	public void changed(Class<?> type) {
		generation(type).incrementAndGet();
	}

	private AtomicLong generation(Class<?> type) {
		return generations.computeIfAbsent(type, t -> new AtomicLong());
	}

	private final class ChangeListener implements PostCommitInsertEventListener, PostCommitUpdateEventListener,
			PostCommitDeleteEventListener {

		@Override
		public void onPostInsert(PostInsertEvent event) {
			changed(event.getEntity().getClass());
		}

		@Override
		public void onPostUpdate(PostUpdateEvent event) {
			changed(event.getEntity().getClass());
		}

		@Override
		public void onPostDelete(PostDeleteEvent event) {
			changed(event.getEntity().getClass());
		}

		@Override
		public void onPostInsertCommitFailed(PostInsertEvent event) {
			changed(event.getEntity().getClass());
		}

		@Override
		public void onPostUpdateCommitFailed(PostUpdateEvent event) {
			changed(event.getEntity().getClass());
		}

		@Override
		public void onPostDeleteCommitFailed(PostDeleteEvent event) {
			changed(event.getEntity().getClass());
		}

		@Override
		public boolean requiresPostCommitHandling(EntityPersister persister) {
			return true;
		}
	}
}
