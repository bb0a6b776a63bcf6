package jp.tomoni.projects;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CollaborationPrincipleRepository extends JpaRepository<CollaborationPrinciple, String> {

	@Query("select p from CollaborationPrinciple p order by p.sortOrder, p.code")
	List<CollaborationPrinciple> inOrder();
}
