package jp.tomoni.groups;

import jp.tomoni.search.SearchSource;
import org.springframework.stereotype.Component;

/** The directory's approved groups in the site-wide search, searched as the directory searches them. */
@Component
class GroupSearchSource implements SearchSource {

	private final GroupDirectory directory;

	GroupSearchSource(GroupDirectory directory) {
		this.directory = directory;
	}

	@Override
	public String type() {
		return "groups";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public Page search(String query, int page, int size) {
		// The directory needs a page of at least one; a count-only request asks for one and drops it.
		int wanted = Math.max(size, 1);
		DirectoryResult result = directory
			.search(new DirectoryQuery(query, null, null, null, false, "relevance", page, wanted, false));
		return new Page(result.total(),
				result.items()
					.stream()
					.limit(size)
					.map(group -> new Hit(Long.toString(group.id()), group.name(), group.summary(),
							"/groups/" + group.id(), null, group.nameKana()))
					.toList());
	}
}
