package org.interfacebot.fellows;

import org.springframework.data.jpa.repository.JpaRepository;

interface UpdateRepository extends JpaRepository<ProgressUpdate, Long> {}
