package jp.tomoni.news;

import java.time.Clock;
import java.util.List;

import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.municipality.Municipalities;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collaboration news (協働ニュース): editors (coordinators, city staff, administrators) write, publish and
 * unpublish posts; everyone reads the published ones. Rule violations are {@link NewsRuleViolation}s.
 */
@Service
class NewsDesk {

	private final NewsPostRepository posts;

	private final Tags tags;

	private final Municipalities municipalities;

	private final AuditLog auditLog;

	private final Clock clock;

	NewsDesk(NewsPostRepository posts, Tags tags, Municipalities municipalities, AuditLog auditLog, Clock clock) {
		this.posts = posts;
		this.tags = tags;
		this.municipalities = municipalities;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Transactional
	long create(Actor actor, NewsContent content) {
		requireEditor(actor);
		tags.check(content.fieldCodes(), content.areaCodes(), content.groupIds());
		NewsPost post = posts.save(NewsPost.draft(code(), actor.accountId(), content, clock.instant()));
		auditLog.record(new AuditRecord("news.created", "news", Long.toString(post.id())));
		return post.id();
	}

	@Transactional
	void change(Actor actor, long id, NewsContent content) {
		requireEditor(actor);
		tags.check(content.fieldCodes(), content.areaCodes(), content.groupIds());
		any(id).change(content, clock.instant());
		auditLog.record(new AuditRecord("news.changed", "news", Long.toString(id)));
	}

	@Transactional
	void publish(Actor actor, long id) {
		requireEditor(actor);
		any(id).publish(clock.instant());
		auditLog.record(new AuditRecord("news.published", "news", Long.toString(id)));
	}

	@Transactional
	void unpublish(Actor actor, long id) {
		requireEditor(actor);
		any(id).unpublish(clock.instant());
		auditLog.record(new AuditRecord("news.unpublished", "news", Long.toString(id)));
	}

	/** Every post of the municipality for the editors, last changed first. */
	@Transactional(readOnly = true)
	List<NewsView> all() {
		return posts.findByMunicipalityCodeOrderByUpdatedAtDesc(code()).stream().map(NewsPost::toView).toList();
	}

	/** A post for the editors, whatever its status. */
	@Transactional(readOnly = true)
	NewsView forEditor(long id) {
		return any(id).toView();
	}

	/** A published post for everyone. */
	@Transactional(readOnly = true)
	NewsView published(long id) {
		NewsPost post = any(id);
		if (post.status() != NewsPostStatus.PUBLISHED) {
			throw new PostNotFound(id);
		}
		return post.toView();
	}

	private static void requireEditor(Actor actor) {
		if (!actor.isEditor()) {
			throw new NewsRuleViolation("status", "news.role.editorOnly");
		}
	}

	private NewsPost any(long id) {
		return posts.findById(id).filter(post -> post.municipalityCode().equals(code())).orElseThrow(() -> new PostNotFound(id));
	}

	private String code() {
		return municipalities.current().code();
	}
}
