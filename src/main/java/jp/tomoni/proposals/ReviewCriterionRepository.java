package jp.tomoni.proposals;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewCriterionRepository extends JpaRepository<ReviewCriterion, String> {

	@Query("select c from ReviewCriterion c order by c.sortOrder, c.code")
	List<ReviewCriterion> inOrder();
}
