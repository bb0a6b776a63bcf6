package jp.tomoni.projects;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectEvaluationRepository extends JpaRepository<ProjectEvaluation, Long> {
}
