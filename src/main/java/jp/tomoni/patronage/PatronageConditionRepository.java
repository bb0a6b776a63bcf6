package jp.tomoni.patronage;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PatronageConditionRepository extends JpaRepository<PatronageCondition, String> {

	@Query("select c from PatronageCondition c order by c.sortOrder, c.code")
	List<PatronageCondition> inOrder();
}
