package jp.tomoni.proposals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SuitabilityItemRepository extends JpaRepository<SuitabilityItem, String> {

	@Query("select i from SuitabilityItem i order by i.sortOrder, i.code")
	List<SuitabilityItem> inOrder();
}
