package jp.tomoni.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jp.tomoni.accounts.AccountManagement;
import jp.tomoni.accounts.AccountView;
import jp.tomoni.areas.AreaView;
import jp.tomoni.areas.Areas;
import jp.tomoni.audit.AuditLog;
import jp.tomoni.audit.AuditRecord;
import jp.tomoni.groups.GroupDirectory;
import jp.tomoni.groups.GroupMembers;
import jp.tomoni.groups.GroupNotFound;
import jp.tomoni.groups.MembershipView;
import jp.tomoni.groups.Viewer;
import jp.tomoni.municipality.Municipalities;
import jp.tomoni.search.JapaneseQuery;
import jp.tomoni.shared.ActivityField;
import jp.tomoni.shared.FiscalYear;
import jp.tomoni.shared.NoticeRequested;
import jp.tomoni.shared.NoticeTopic;
import jp.tomoni.talent.IntroductionCommand;
import jp.tomoni.talent.IntroductionKind;
import jp.tomoni.talent.TalentBank;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Needs and offers: posting and closing, the public list, a post's page with its suggestions for those who may act on
 * it, and interest — shown by either side, mutual when both pressed, when the contact details of the two people who
 * pressed are shown to each other; either side may ask a coordinator instead, who records the introduction.
 */
@Service
class Matching {

	static final int PAGE_SIZE = 20;

	/** A post as its page and the lists show it. */
	record PostView(long id, PostSide side, PostStatus status, String posterName, String title, String description,
			List<PostKind> kinds, List<String> skills, List<String> fields, List<String> areas,
			@Nullable LocalDate startsOn, @Nullable LocalDate endsOn, Instant createdAt, long accountId,
			@Nullable Long groupId) {
	}

	record ListResult(List<PostView> posts, long total, int page, int pages) {
	}

	/** One side of an interest as its page shows it; contact only when the interest is mutual or to staff. */
	record Party(String label, String name, String link, @Nullable String pressedBy, @Nullable Instant pressedAt,
			@Nullable String contactName, @Nullable String contactEmail) {
	}

	record InterestView(long id, PostView post, CounterpartType counterpartType, long counterpartId, Party postSide,
			Party counterpartSide, boolean mutual, @Nullable Instant coordinatorAskedAt, @Nullable Instant introducedAt,
			@Nullable String introductionNote, boolean onPostSide, boolean onCounterpartSide) {
	}

	/** How the person may show interest in a post from the other side. */
	record Way(CounterpartType type, long id, String label) {
	}

	private final MatchPostRepository posts;

	private final InterestRepository interests;

	private final Suggestions suggestions;

	private final TalentBank talent;

	private final GroupDirectory groups;

	private final GroupMembers members;

	private final Areas areas;

	private final Municipalities municipalities;

	private final JapaneseQuery japaneseQuery;

	private final EntityManager entityManager;

	private final ObjectProvider<AccountManagement> accounts;

	private final ApplicationEventPublisher events;

	private final AuditLog auditLog;

	private final MessageSource messages;

	private final Clock clock;

	Matching(MatchPostRepository posts, InterestRepository interests, Suggestions suggestions, TalentBank talent,
			GroupDirectory groups, GroupMembers members, Areas areas, Municipalities municipalities,
			JapaneseQuery japaneseQuery, EntityManager entityManager, ObjectProvider<AccountManagement> accounts,
			ApplicationEventPublisher events, AuditLog auditLog, MessageSource messages, Clock clock) {
		this.posts = posts;
		this.interests = interests;
		this.suggestions = suggestions;
		this.talent = talent;
		this.groups = groups;
		this.members = members;
		this.areas = areas;
		this.municipalities = municipalities;
		this.japaneseQuery = japaneseQuery;
		this.entityManager = entityManager;
		this.accounts = accounts;
		this.events = events;
		this.auditLog = auditLog;
		this.messages = messages;
		this.clock = clock;
	}

	// ---- posts

	/** The groups the person administers: they may post on their behalf. */
	@Transactional(readOnly = true)
	List<MembershipView> administeredGroups(long accountId) {
		return members.membershipsOf(accountId).stream().filter(MembershipView::administrator).toList();
	}

	/**
	 * Posts a need or an offer.
	 *
	 * @throws MatchingRuleViolation when a rule refuses it (the field and the reason)
	 */
	@Transactional
	long post(Actor actor, PostCommand command) {
		check(command);
		String posterName;
		if (command.groupId() != null) {
			if (!members.administers(actor.accountId(), command.groupId())) {
				throw new MatchingRuleViolation("groupId", "matching.group.notAdministered");
			}
			posterName = administeredGroups(actor.accountId()).stream()
				.filter(m -> m.group().id() == command.groupId())
				.map(m -> m.group().name())
				.findFirst()
				.orElseThrow();
		}
		else if (command.asCity()) {
			if (!actor.staff()) {
				throw new MatchingRuleViolation("groupId", "matching.city.staffOnly");
			}
			posterName = municipalities.current().name();
		}
		else {
			posterName = actor.displayName();
		}
		MatchPost post = posts.save(new MatchPost(code(), actor.accountId(), posterName, command, clock.instant()));
		auditLog.record(new AuditRecord("matching.posted", "match-post", Long.toString(post.id())));
		return post.id();
	}

	@Transactional
	void close(Actor actor, long postId) {
		MatchPost post = post(postId);
		if (!mayActFor(actor, post)) {
			throw new MatchingRuleViolation("post", "matching.post.notYours");
		}
		post.close(clock.instant());
		auditLog.record(new AuditRecord("matching.closed", "match-post", Long.toString(postId)));
	}

	/** The open posts, newest first or by relevance to the words, with optional filters. */
	@Transactional(readOnly = true)
	ListResult list(@Nullable String q, @Nullable PostSide side, @Nullable String field, @Nullable String area,
			int page, Locale locale) {
		int p = Math.max(page, 0);
		String words = q == null ? "" : q;
		var result = Search.session(entityManager)
			.search(MatchPost.class)
			.where(f -> {
				var all = f.bool()
					.must(japaneseQuery.matching(f, words, new JapaneseQuery.Fields(List.of("text"),
							List.of("textReading"), List.of("textNgram"))))
					.filter(f.match().field("municipalityCode").matching(code()))
					.filter(f.match().field("status").matching(PostStatus.OPEN));
				if (side != null) {
					all.filter(f.match().field("side").matching(side));
				}
				if (field != null && !field.isBlank()) {
					all.filter(f.match().field("fields").matching(field));
				}
				if (area != null && !area.isBlank()) {
					all.filter(f.match().field("areas").matching(area));
				}
				return all;
			})
			.sort(f -> words.isBlank() ? f.field("createdAt").desc() : f.score().then().field("createdAt").desc())
			.fetch(p * PAGE_SIZE, PAGE_SIZE);
		Suggestions.Names names = names(locale);
		long total = result.total().hitCount();
		return new ListResult(result.hits().stream().map(post -> view(post, names)).toList(), total, p,
				(int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
	}

	/** A post as anyone sees it (a closed one too: its page says it is closed). */
	@Transactional(readOnly = true)
	PostView view(long postId, Locale locale) {
		return view(post(postId), names(locale));
	}

	/** Whether the person may act for the post (its author, an administrator of its group) or mediate (staff). */
	@Transactional(readOnly = true)
	boolean mayManage(Actor actor, long postId) {
		return mayActFor(actor, post(postId)) || actor.staff();
	}

	/** The suggestions of a post, with what interest was shown: for those who may act for it and for staff. */
	@Transactional(readOnly = true)
	List<Suggestions.Suggestion> suggestions(Actor actor, long postId, Locale locale) {
		MatchPost post = post(postId);
		if (!mayActFor(actor, post) && !actor.staff()) {
			throw new MatchingRuleViolation("post", "matching.post.notYours");
		}
		if (post.status() != PostStatus.OPEN) {
			return List.of();
		}
		List<Suggestions.Suggestion> found = suggestions.of(post, names(locale));
		Map<String, Suggestions.InterestState> states = new LinkedHashMap<>();
		for (Interest i : interests.findByPostId(postId)) {
			states.put(i.counterpartType() + ":" + i.counterpartId(), new Suggestions.InterestState(i.id(),
					i.postSideAt() != null, i.counterpartSideAt() != null));
		}
		// A post that was the other side of an interest begun by the other post.
		for (Interest i : interests.findByCounterpartTypeAndCounterpartIdIn(CounterpartType.POST, List.of(postId))) {
			states.putIfAbsent(CounterpartType.POST + ":" + i.postId(), new Suggestions.InterestState(i.id(),
					i.counterpartSideAt() != null, i.postSideAt() != null));
		}
		return found.stream()
			.map(s -> new Suggestions.Suggestion(s.type(), s.id(), s.name(), s.summary(), s.reasons(), s.score(),
					states.get(s.type() + ":" + s.id())))
			.toList();
	}

	/** The ways the person may show interest in someone else's post: their talent entry, their groups, their posts. */
	@Transactional(readOnly = true)
	List<Way> waysToAnswer(Actor actor, long postId) {
		MatchPost post = post(postId);
		if (post.status() != PostStatus.OPEN || mayActFor(actor, post)) {
			return List.of();
		}
		List<Way> ways = new ArrayList<>();
		if (post.side() == PostSide.NEED) {
			talent.listedEntryOf(actor.accountId()).flatMap(entry -> talent.suggestible(entry.id())).ifPresent(entry -> ways.add(
					new Way(CounterpartType.TALENT, entry.id(), entry.displayName())));
		}
		administeredGroups(actor.accountId()).forEach(m -> ways.add(new Way(CounterpartType.GROUP, m.group().id(),
				m.group().name())));
		posts.findByAccountIdOrderByCreatedAtDesc(actor.accountId())
			.stream()
			.filter(mine -> mine.status() == PostStatus.OPEN && mine.side() == post.side().other())
			.forEach(mine -> ways.add(new Way(CounterpartType.POST, mine.id(), mine.title())));
		return ways;
	}

	// ---- interest

	/**
	 * The post's side shows interest in a suggestion. Tells the other side; when they had shown interest already,
	 * the contact details are shared and both are told.
	 */
	@Transactional
	long interestFromPost(Actor actor, long postId, CounterpartType type, long counterpartId) {
		MatchPost post = post(postId);
		if (!mayActFor(actor, post)) {
			throw new MatchingRuleViolation("post", "matching.post.notYours");
		}
		requireOpen(post);
		counterpartName(post, type, counterpartId);
		Interest interest = existing(post.id(), type, counterpartId);
		boolean reversed = interest != null && interest.postId() != post.id();
		if (interest == null) {
			interest = interests.save(new Interest(code(), post.id(), type, counterpartId, clock.instant()));
		}
		boolean mutual = reversed ? interest.fromCounterpartSide(actor.accountId(), clock.instant())
				: interest.fromPostSide(actor.accountId(), clock.instant());
		told(interest, actor, mutual);
		return interest.id();
	}

	/** Someone on the other side shows interest in a post: with their talent entry, a group or a post of theirs. */
	@Transactional
	long interestFromCounterpart(Actor actor, long postId, CounterpartType type, long counterpartId) {
		MatchPost post = post(postId);
		requireOpen(post);
		if (!counterpartActors(type, counterpartId).contains(actor.accountId())) {
			throw new MatchingRuleViolation("counterpart", "matching.counterpart.notYours");
		}
		if (type == CounterpartType.TALENT && post.side() != PostSide.NEED) {
			throw new MatchingRuleViolation("counterpart", "matching.counterpart.notYours");
		}
		Interest interest = existing(post.id(), type, counterpartId);
		boolean reversed = interest != null && interest.postId() != post.id();
		if (interest == null) {
			interest = interests.save(new Interest(code(), post.id(), type, counterpartId, clock.instant()));
		}
		boolean mutual = reversed ? interest.fromPostSide(actor.accountId(), clock.instant())
				: interest.fromCounterpartSide(actor.accountId(), clock.instant());
		told(interest, actor, mutual);
		return interest.id();
	}

	/** On an interest's page: the side that has not pressed yet answers 関心あり. */
	@Transactional
	void answer(Actor actor, long interestId) {
		Interest interest = interest(interestId);
		MatchPost post = post(interest.postId());
		boolean onPost = mayActFor(actor, post);
		boolean onCounterpart = counterpartActors(interest.counterpartType(), interest.counterpartId())
			.contains(actor.accountId());
		boolean mutual;
		if (onPost && interest.postSideAt() == null) {
			mutual = interest.fromPostSide(actor.accountId(), clock.instant());
		}
		else if (onCounterpart && interest.counterpartSideAt() == null) {
			mutual = interest.fromCounterpartSide(actor.accountId(), clock.instant());
		}
		else {
			throw new MatchingRuleViolation("interest", "matching.interest.notYours");
		}
		told(interest, actor, mutual);
	}

	/** Either side asks a coordinator to mediate; the interest appears in the coordinators' list. */
	@Transactional
	void askCoordinator(Actor actor, long interestId) {
		Interest interest = interest(interestId);
		if (!onEitherSide(actor, interest)) {
			throw new MatchingRuleViolation("interest", "matching.interest.notYours");
		}
		interest.askCoordinator(clock.instant());
		auditLog.record(new AuditRecord("matching.coordinator-asked", "match-interest", Long.toString(interestId)));
	}

	/**
	 * A coordinator records that they introduced the two sides. For a talent-bank supporter, the introduction is
	 * recorded in the bank too (to whom: the post's poster; for what: the post).
	 */
	@Transactional
	void introduce(Actor actor, long interestId, @Nullable String note) {
		if (!actor.staff()) {
			throw new MatchingRuleViolation("interest", "matching.interest.notYours");
		}
		if (note != null && note.length() > 1000) {
			throw new MatchingRuleViolation("note", "matching.introduction.note.tooLong");
		}
		Interest interest = interest(interestId);
		if (interest.introducedAt() != null) {
			throw new MatchingRuleViolation("interest", "matching.introduction.already");
		}
		MatchPost post = post(interest.postId());
		interest.introduced(actor.accountId(), note, clock.instant());
		if (interest.counterpartType() == CounterpartType.TALENT) {
			talent.recordIntroduction(interest.counterpartId(), new IntroductionCommand(IntroductionKind.INTRODUCTION,
					post.posterName(), post.title(), LocalDate.now(clock.withZone(FiscalYear.JAPAN)), post.id()),
					actor.accountId());
		}
		auditLog.record(new AuditRecord("matching.introduced", "match-interest", Long.toString(interestId)));
		Set<Long> everyone = new HashSet<>(postActors(post));
		everyone.addAll(counterpartActors(interest.counterpartType(), interest.counterpartId()));
		events.publishEvent(new NoticeRequested(everyone, NoticeTopic.MATCHING,
				"してほしい・したい：コーディネーターが紹介しました",
				"「" + post.title() + "」について、コーディネーターが双方を紹介しました。"
						+ (note == null ? "" : "\n" + note),
				"/matching/interests/" + interestId));
	}

	/** An interest's page: for the two sides and staff; contacts only when mutual (or to staff). */
	@Transactional(readOnly = true)
	InterestView interestView(Actor actor, long interestId, Locale locale) {
		Interest interest = interest(interestId);
		MatchPost post = post(interest.postId());
		boolean onPost = mayActFor(actor, post);
		boolean onCounterpart = counterpartActors(interest.counterpartType(), interest.counterpartId())
			.contains(actor.accountId());
		if (!onPost && !onCounterpart && !actor.staff()) {
			throw new MatchingRuleViolation("interest", "matching.interest.notYours");
		}
		boolean shareContacts = interest.mutual() || actor.staff();
		if (actor.staff() && !onPost && !onCounterpart) {
			auditLog.record(new AuditRecord("matching.interest-viewed", "match-interest", Long.toString(interestId)));
		}
		Party postSide = party(messages.getMessage(post.side().messageKey(), null, locale), post.posterName(),
				"/matching/posts/" + post.id(), interest.postSideBy(), interest.postSideAt(), shareContacts);
		String counterpartLink = switch (interest.counterpartType()) {
			case POST -> "/matching/posts/" + interest.counterpartId();
			case GROUP -> "/groups/" + interest.counterpartId();
			case TALENT -> actor.staff() ? "/backoffice/talent/" + interest.counterpartId() : "";
		};
		Party counterpartSide = party(messages.getMessage(interest.counterpartType().messageKey(), null, locale),
				counterpartName(post, interest.counterpartType(), interest.counterpartId()), counterpartLink,
				interest.counterpartSideBy(), interest.counterpartSideAt(), shareContacts);
		return new InterestView(interest.id(), view(post, names(locale)), interest.counterpartType(),
				interest.counterpartId(), postSide, counterpartSide, interest.mutual(), interest.coordinatorAskedAt(),
				interest.introducedAt(), interest.introductionNote(), onPost, onCounterpart);
	}

	/** The person's posts and the interests they take part in. */
	@Transactional(readOnly = true)
	List<PostView> postsOf(long accountId, Locale locale) {
		Suggestions.Names names = names(locale);
		return posts.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(p -> view(p, names)).toList();
	}

	@Transactional(readOnly = true)
	List<InterestView> interestsOf(Actor actor, Locale locale) {
		Set<Long> ids = new java.util.LinkedHashSet<>();
		posts.findByAccountIdOrderByCreatedAtDesc(actor.accountId())
			.forEach(p -> interests.findByPostId(p.id()).forEach(i -> ids.add(i.id())));
		talent.listedEntryOf(actor.accountId()).ifPresent(entry -> interests
			.findByCounterpartTypeAndCounterpartIdIn(CounterpartType.TALENT, List.of(entry.id()))
			.forEach(i -> ids.add(i.id())));
		List<Long> groupIds = administeredGroups(actor.accountId()).stream().map(m -> m.group().id()).toList();
		if (!groupIds.isEmpty()) {
			interests.findByCounterpartTypeAndCounterpartIdIn(CounterpartType.GROUP, groupIds)
				.forEach(i -> ids.add(i.id()));
		}
		List<Long> postIds = posts.findByAccountIdOrderByCreatedAtDesc(actor.accountId()).stream()
			.map(MatchPost::id).toList();
		if (!postIds.isEmpty()) {
			interests.findByCounterpartTypeAndCounterpartIdIn(CounterpartType.POST, postIds)
				.forEach(i -> ids.add(i.id()));
		}
		return ids.stream().map(id -> interestView(actor, id, locale)).toList();
	}

	/** The coordinators' list: mutual interests and requests for mediation not yet introduced, then the introduced. */
	@Transactional(readOnly = true)
	List<InterestView> forCoordinators(Actor actor, boolean introduced, Locale locale) {
		List<Interest> found = introduced ? interests.introduced(code()) : interests.awaitingCoordinator(code());
		return found.stream().limit(200).map(i -> interestView(actor, i.id(), locale)).toList();
	}

	// ---- helpers

	private void told(Interest interest, Actor actor, boolean mutual) {
		MatchPost post = post(interest.postId());
		Set<Long> postSide = postActors(post);
		Set<Long> otherSide = counterpartActors(interest.counterpartType(), interest.counterpartId());
		String link = "/matching/interests/" + interest.id();
		auditLog.record(new AuditRecord(mutual ? "matching.contact-shared" : "matching.interest", "match-interest",
				Long.toString(interest.id())));
		if (mutual) {
			Set<Long> everyone = new HashSet<>(postSide);
			everyone.addAll(otherSide);
			events.publishEvent(new NoticeRequested(everyone, NoticeTopic.MATCHING,
					"してほしい・したい：連絡先が共有されました",
					"「" + post.title() + "」について、双方が「関心あり」を押しました。相手の連絡先を確認できます。", link));
			return;
		}
		Set<Long> recipients = new HashSet<>(postSide.contains(actor.accountId()) ? otherSide : postSide);
		recipients.remove(actor.accountId());
		events.publishEvent(new NoticeRequested(recipients, NoticeTopic.MATCHING,
				"してほしい・したい：関心が寄せられました",
				"「" + post.title() + "」について、" + actor.displayName()
						+ " さんが「関心あり」を押しました。あなたも関心があれば「関心あり」を押してください。双方が押すと連絡先が共有されます。",
				link));
	}

	/** An interest between the two, in either direction for two posts. */
	private @Nullable Interest existing(long postId, CounterpartType type, long counterpartId) {
		Optional<Interest> direct = interests.findByPostIdAndCounterpartTypeAndCounterpartId(postId, type,
				counterpartId);
		if (direct.isPresent() || type != CounterpartType.POST) {
			return direct.orElse(null);
		}
		return interests.findByPostIdAndCounterpartTypeAndCounterpartId(counterpartId, CounterpartType.POST, postId)
			.orElse(null);
	}

	/** The people who act for a post: its author, and the administrators of the group it was posted for. */
	private Set<Long> postActors(MatchPost post) {
		Set<Long> actors = new HashSet<>();
		actors.add(post.accountId());
		if (post.groupId() != null) {
			actors.addAll(members.administratorsOf(post.groupId()));
		}
		return actors;
	}

	private Set<Long> counterpartActors(CounterpartType type, long id) {
		return switch (type) {
			case POST -> posts.findByIdAndMunicipalityCode(id, code()).map(this::postActors).orElse(Set.of());
			case TALENT -> talent.suggestible(id).map(c -> Set.of(c.accountId())).orElse(Set.of());
			case GROUP -> new HashSet<>(members.administratorsOf(id));
		};
	}

	private boolean mayActFor(Actor actor, MatchPost post) {
		return postActors(post).contains(actor.accountId());
	}

	private boolean onEitherSide(Actor actor, Interest interest) {
		return mayActFor(actor, post(interest.postId()))
				|| counterpartActors(interest.counterpartType(), interest.counterpartId()).contains(actor.accountId());
	}

	/** The name of what is on the other side; refused when it cannot be suggested (a withdrawn entry, say). */
	private String counterpartName(MatchPost post, CounterpartType type, long id) {
		return switch (type) {
			case POST -> posts.findByIdAndMunicipalityCode(id, code())
				.filter(other -> other.side() == post.side().other())
				.map(MatchPost::title)
				.orElseThrow(() -> new MatchingRuleViolation("counterpart", "matching.counterpart.unknown"));
			case TALENT -> talent.suggestible(id)
				.map(TalentBank.Candidate::displayName)
				.orElseThrow(() -> new MatchingRuleViolation("counterpart", "matching.counterpart.unknown"));
			case GROUP -> {
				try {
					yield groups.profile(id, Viewer.ANONYMOUS).summary().name();
				}
				catch (GroupNotFound ex) {
					throw new MatchingRuleViolation("counterpart", "matching.counterpart.unknown");
				}
			}
		};
	}

	private Party party(String label, String name, String link, @Nullable Long pressedBy, @Nullable Instant pressedAt,
			boolean shareContacts) {
		AccountView account = pressedBy == null ? null : accounts.getObject().find(pressedBy).orElse(null);
		return new Party(label, name, link, account == null ? null : account.displayName(), pressedAt,
				shareContacts && account != null ? account.fullName() : null,
				shareContacts && account != null ? account.email() : null);
	}

	private void check(PostCommand command) {
		if (command.kinds().isEmpty()) {
			throw new MatchingRuleViolation("kinds", "matching.kinds.required");
		}
		for (String field : command.fieldCodes()) {
			if (ActivityField.of(field).isEmpty()) {
				throw new MatchingRuleViolation("fieldCodes", "matching.field.unknown", field);
			}
		}
		Set<String> unknownAreas = areas.unknown(command.areaCodes());
		if (!unknownAreas.isEmpty()) {
			throw new MatchingRuleViolation("areaCodes", "matching.area.unknown", String.join("、", unknownAreas));
		}
		Set<String> skills = talent.skillNames(Locale.JAPANESE).keySet();
		for (String skill : command.skillCodes()) {
			if (!skills.contains(skill)) {
				throw new MatchingRuleViolation("skillCodes", "matching.skill.unknown", skill);
			}
		}
		if (command.startsOn() != null && command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
			throw new MatchingRuleViolation("endsOn", "matching.period.reversed");
		}
		LocalDate today = LocalDate.now(clock.withZone(FiscalYear.JAPAN));
		if (command.endsOn() != null && command.endsOn().isBefore(today)) {
			throw new MatchingRuleViolation("endsOn", "matching.period.past");
		}
	}

	private void requireOpen(MatchPost post) {
		if (post.status() != PostStatus.OPEN) {
			throw new MatchingRuleViolation("post", "matching.post.closed");
		}
	}

	private MatchPost post(long id) {
		return posts.findByIdAndMunicipalityCode(id, code())
			.orElseThrow(() -> new MatchingRuleViolation("post", "matching.post.notFound"));
	}

	private Interest interest(long id) {
		return interests.findByIdAndMunicipalityCode(id, code())
			.orElseThrow(() -> new MatchingRuleViolation("interest", "matching.interest.notFound"));
	}

	PostView view(MatchPost post, Suggestions.Names names) {
		return new PostView(post.id(), post.side(), post.status(), post.posterName(), post.title(), post.description(),
				post.getKindSet().stream().sorted().toList(),
				post.skillCodes().stream().map(c -> names.skills().getOrDefault(c, c)).toList(),
				post.fieldCodes().stream().map(c -> names.fields().getOrDefault(c, c)).toList(),
				post.areaCodes().stream().map(c -> names.areas().getOrDefault(c, c)).toList(), post.startsOn(),
				post.endsOn(), post.createdAt(), post.accountId(), post.groupId());
	}

	Suggestions.Names names(Locale locale) {
		Map<String, String> fields = new LinkedHashMap<>();
		ActivityField.ALL.forEach(f -> fields.put(f.code(), f.shortName()));
		Map<String, String> areaNames = new LinkedHashMap<>();
		areas.all().forEach((AreaView a) -> areaNames.put(a.code(), a.name()));
		Map<PostKind, String> kinds = new EnumMap<>(PostKind.class);
		for (PostKind kind : PostKind.values()) {
			kinds.put(kind, messages.getMessage(kind.messageKey(), null, locale));
		}
		Map<String, String> categories = new LinkedHashMap<>();
		for (String offer : List.of("skills", "equipment", "places")) {
			categories.put("offer." + offer, messages.getMessage("exchange.offer." + offer, null, offer, locale));
		}
		for (String seek : List.of("members", "volunteers", "partners", "funds")) {
			categories.put("seek." + seek, messages.getMessage("exchange.seek." + seek, null, seek, locale));
		}
		return new Suggestions.Names(fields, talent.skillNames(locale), areaNames, kinds, categories);
	}

	List<AreaView> allAreas() {
		return areas.all();
	}

	private String code() {
		return municipalities.current().code();
	}

}
