"""buildyard: a CI build farm (pipelines, build agents, job queue, artifact store)."""
