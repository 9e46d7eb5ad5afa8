"""The batch machinery around the pipeline: plan the documents and write their records (`runner`), turn a
document into worker tasks (`jobs`) run in forked processes (`workers`), skip what is up to date (`cache`),
remove stale folders (`prune`), show progress (`progress`), report the run (`report`), write records
atomically (`writer`) and find them again (`record_files`)."""
