package jp.tomoni.news;

import java.util.List;

import jakarta.persistence.EntityManager;
import jp.tomoni.municipality.Municipalities;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public lists of news and stories, newest first, filtered by field and area, from the search index (the same
 * filters as the directory's; the index keeps the tags as keywords).
 */
@Component
class PublicPosts {

	static final int PAGE_SIZE = 20;

	private final EntityManager entityManager;

	private final Municipalities municipalities;

	PublicPosts(EntityManager entityManager, Municipalities municipalities) {
		this.entityManager = entityManager;
		this.municipalities = municipalities;
	}

	@Transactional(readOnly = true)
	Page<NewsView> news(@Nullable String field, @Nullable String area, int page) {
		return list(NewsPost.class, field, area, page).map(NewsPost::toView);
	}

	@Transactional(readOnly = true)
	Page<StoryView> stories(@Nullable String field, @Nullable String area, int page) {
		return list(CaseStory.class, field, area, page).map(CaseStory::toView);
	}

	private <T> Page<T> list(Class<T> type, @Nullable String field, @Nullable String area, int requestedPage) {
		int page = Math.min(Math.max(requestedPage, 0), 10_000 / PAGE_SIZE - 1);
		var result = Search.session(entityManager)
			.search(type)
			.where(f -> published(f, municipalities.current().code(), field, area))
			.sort(f -> f.field("date").desc().missing().last().then().field("publishedAt").desc().missing().last())
			.fetch(page * PAGE_SIZE, PAGE_SIZE);
		return new PageImpl<>(result.hits(), PageRequest.of(page, PAGE_SIZE), result.total().hitCount());
	}

	/** Published posts of the municipality, with the optional field and area filters. */
	static BooleanPredicateClausesStep<?, ?> published(SearchPredicateFactory f, String municipalityCode,
			@Nullable String field, @Nullable String area) {
		var all = f.bool()
			.filter(f.match().field("municipalityCode").matching(municipalityCode))
			.filter(f.match().field("published").matching(true));
		if (field != null && !field.isBlank()) {
			all.filter(f.match().field("fields").matching(field));
		}
		if (area != null && !area.isBlank()) {
			all.filter(f.match().field("areas").matching(area));
		}
		return all;
	}

	static List<Class<?>> both() {
		return List.of(NewsPost.class, CaseStory.class);
	}
}
