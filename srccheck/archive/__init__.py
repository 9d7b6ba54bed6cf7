"""Archive scale: check a whole archive in partitions and ask questions of the results.

``rows`` turns each article's result into flat rows with stable columns; ``metadata`` says
how an article's outlet, folder and date are known; ``inputs`` lists the articles of a run
(files, or records of JSON Lines files) as light references a worker can read; ``store``
writes and reads the Parquet output (pyarrow); ``run`` maps the check over Dask, one future
per partition; ``stats`` and ``chart`` answer a researcher's questions from it.

Only ``rows``, ``metadata`` and ``inputs`` import nothing beyond the standard library (they
and ``run``'s `check_partition` are all a worker runs); the others need the ``dask`` extra
(and ``chart`` the ``plot`` extra), imported when used.
"""
