package jp.tomoni.groups;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.CrudRepository;

interface GroupLogoRepository extends CrudRepository<GroupLogo, Long> {

	/** The version of the logo, without loading its bytes. */
	@Query("select l.sha256 from GroupLogo l where l.groupId = ?1")
	Optional<String> findSha256ByGroupId(long groupId);
}
