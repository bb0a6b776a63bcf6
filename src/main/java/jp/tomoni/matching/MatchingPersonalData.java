package jp.tomoni.matching;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.tomoni.shared.PersonalDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's needs and offers and the interest they showed, in their personal-data export. When the account is
 * deleted, their posts go (with the interest shown in them) and their 関心あり elsewhere is forgotten, so that no
 * contact detail of theirs can be shown again.
 */
@Component
class MatchingPersonalData implements PersonalDataContributor {

	private final MatchPostRepository posts;

	private final InterestRepository interests;

	MatchingPersonalData(MatchPostRepository posts, InterestRepository interests) {
		this.posts = posts;
		this.interests = interests;
	}

	@Override
	public String section() {
		return "matching";
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Object> collect(PersonRef person) {
		List<Map<String, Object>> posted = posts.findByAccountIdOrderByCreatedAtDesc(person.accountId())
			.stream()
			.map(post -> {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("side", post.side().name());
				data.put("postedAs", post.posterName());
				data.put("title", post.title());
				data.put("description", post.description());
				data.put("status", post.status().name());
				data.put("postedAt", post.createdAt().toString());
				return data;
			})
			.toList();
		List<Map<String, Object>> shown = interests
			.findByPostSideByOrCounterpartSideBy(person.accountId(), person.accountId())
			.stream()
			.map(interest -> {
				Map<String, Object> data = new LinkedHashMap<>();
				data.put("postId", interest.postId());
				data.put("counterpart", interest.counterpartType().name() + " " + interest.counterpartId());
				Long postSide = interest.postSideBy();
				data.put("interestedAt", (postSide != null && postSide == person.accountId() ? interest.postSideAt()
						: interest.counterpartSideAt()) + "");
				return data;
			})
			.toList();
		return Map.of("posts", posted, "interests", shown);
	}

	@Override
	@Transactional
	public void erase(PersonRef person) {
		interests.findByPostSideByOrCounterpartSideBy(person.accountId(), person.accountId())
			.forEach(interest -> interest.forget(person.accountId()));
		posts.deleteAll(posts.findByAccountIdOrderByCreatedAtDesc(person.accountId()));
	}
}
