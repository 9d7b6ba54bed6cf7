"""Copy the raw public datasets the table is built from into ``data/``, trimmed to what is used.

This is the one step that needs the original repositories (stored snapshots, read with
``git show COMMIT:PATH``) and a few reader packages (PyYAML, openpyxl, rdata); the table
builder (``tools/build_table.py``) reads only what this writes, with the standard library.

    python tools/import_inputs.py --mirrors /path/to/mirrors [--data data]

Each dataset lands in ``data/<name>/`` with a ``NOTICE`` naming its repository, commit,
snapshot date and licence, and what was kept. Only names, domains, numbers, statuses and
years are kept: never a rater's prose.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import html
import io
import json
import re
import subprocess
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Dataset:
    """One upstream dataset: where it lives and how it may be used."""

    name: str
    repo: str
    commit: str
    date: str
    licence: str
    kept: str


DATASETS = {
    "lin2023": Dataset(
        "lin2023",
        "hauselin/domain-quality-ratings",
        "5671d57e545e48225ef2cbf559a6ab7f8f77a9de",
        "2023-09-14",
        "No licence file; the README invites reuse of the data. Lin et al. (2023), "
        "PNAS Nexus 2(9), 'High level of correspondence across different news domain "
        "quality rating sets'. Used as cited numbers.",
        "data/domain_pc1.csv as published: domain and pc1 (0 lowest, 1 highest). The other "
        "raters' columns of domain_ratings.csv are not copied.",
    ),
    "wp-rsp": Dataset(
        "wp-rsp",
        "audiodude/wiki-reliable-sources-parser",
        "ae050a6c0741d508488ee80172834a9a9b50590e",
        "2026-04-19",
        "Parsed from Wikipedia:Reliable sources/Perennial sources (CC BY-SA 4.0). Only "
        "facts are kept: the source's name, its status, the year it was last discussed "
        "and its domains. The summaries are not copied.",
        "data/sources.jsonl -> sources.csv: name, qualifier, status (gr, nc, gu, d, m), "
        "last discussed year, domains (space-separated).",
    ),
    "ofac-sdn": Dataset(
        "ofac-sdn",
        "jackdwyer/specially-designated-nationals-list",
        "a5ec3c5ee4aae1b36ba24897a051787ea5429d30",
        "2024-05-03",
        "The US Treasury's Specially Designated Nationals list, a work of the US "
        "government (public domain). This commit is the last with a non-empty file.",
        "sdn.csv -> sdn-russia.csv: rows under Russia/Ukraine, Belarus, cyber and election "
        "programmes only: name, type, programmes, and the a.k.a. names from the remarks.",
    ),
    "sdn-websites": Dataset(
        "sdn-websites",
        "elliotwutingfeng/United-States-SDN-List-Websites",
        "0fe1a54542d50363bb663e96585b9d3108c95322",
        "2026-07-16",
        "BSD-3-Clause, Copyright (c) 2024 Wu Tingfeng (LICENSE beside this file); the list "
        "itself is US government work.",
        "urls.txt -> websites.txt: the registrable domains of the listed sites.",
    ),
    "euvsdisinfo": Dataset(
        "euvsdisinfo",
        "cknabs/EUvsDisinfo",
        "c4acb109041bdca2ecff7036b4865cf16eef52cf",
        "2021-02-18",
        "No licence file; scraped from the EUvsDisinfo database (EEAS East StratCom). "
        "Case counts are cited as facts. The database's own disclaimer: a listing does "
        "not imply that an outlet is linked to the Kremlin or follows an editorial line.",
        "data/posts.csv -> outlet_cases.csv: outlet label, number of cases, first and "
        "last year. No titles or summaries.",
    ),
    "congress": Dataset(
        "congress",
        "unitedstates/congress-legislators",
        "dfa9622263dd4c8d08636926e498f1845704d7eb",
        "2026-06-15",
        "CC0 1.0 (public domain dedication).",
        "legislators-current.yaml -> legislators.csv: bioguide id, names, chamber, state, party.",
    ),
    "dotgov": Dataset(
        "dotgov",
        "cisagov/dotgov-data",
        "4ee64196503d34bcaff8b508444b0f7552f97d71",
        "2026-08-22",
        "CC0 1.0 (public domain dedication).",
        "current-federal.csv -> federal.csv: domain, organisation, sub-organisation "
        "(executive branch and legislative/judicial domains).",
    ),
    "supraverden": Dataset(
        "supraverden",
        "confirmordeny/supraverden",
        "59ab4fa0f92f3c75bb45e230908e612f15e8dbdf",
        "2026-06-24",
        "CC BY-SA 4.0. Names, abbreviations and websites of international organisations "
        "are used as facts, with this attribution: SupraVerden, confirmordeny.",
        "data/general_list.yaml -> organisations.csv: Wikidata id, type, English names "
        "and abbreviation, Russian, Ukrainian, French and German names, website.",
    ),
    "world-leaders": Dataset(
        "world-leaders",
        "every-politician-scrapers/world-leaders-2021",
        "be7039cf5952d8121c4f1e24eea64cc5dd465633",
        "2022-10-10",
        "Wikidata query results (Wikidata is CC0). Stale: holders of office as of 2022.",
        "data/wikidata.csv as published: country, position, office-holder, years.",
    ),
    "rsf": Dataset(
        "rsf",
        "petzi53/rsf",
        "aad222b057e491e040253915d6a6b16d4d958449",
        "2025-08-08",
        "RSF World Press Freedom Index 2025 (Reporters Without Borders), as cleaned by "
        "petzi53/rsf. Scores and ranks are cited as numbers.",
        "data/rsf2025_clean.rda -> rsf2025.csv: ISO3 code, country, score (0-100), rank.",
    ),
    "freedomhouse": Dataset(
        "freedomhouse",
        "pachadotdev/freedomhouse",
        "6f484848146f7d05bc94611d71387f3441ac1c6d",
        "2024-09-12",
        "Freedom House, Freedom in the World (2024 edition), as collected by "
        "pachadotdev/freedomhouse. Totals and statuses are cited as numbers.",
        "dev/All_data_FIW_2013-2024.xlsx -> fiw2024.csv: country, status (F, PF, NF), "
        "total score (0-100), for the 2024 edition and countries only.",
    ),
    "pollsters": Dataset(
        "pollsters",
        "fivethirtyeight/data",
        "fcf572c4fba05a42f1f34f415bd5e6dc389efd68",
        "2024-10-28",
        "CC BY 4.0 (LICENSE beside this file), FiveThirtyEight / ABC News. Grades and ranks "
        "are cited as numbers, with this attribution.",
        "pollster-ratings/pollster-ratings-combined.csv -> pollsters.csv: pollster, "
        "numeric grade (0.5-3.0), rank, inactive flag.",
    ),
    "telegram-ccd": Dataset(
        "telegram-ccd",
        "jvetvicka/RU-Telegram-accounts",
        "d7bc0ed141ca02596333a11e0e64e76f7662e206",
        "2024-03-19",
        "No licence file. A transcription of the list of Telegram channels that Ukraine's "
        "Centre for Countering Disinformation (a body of a party to the war) published as "
        "spreading hostile disinformation. Channel names, handles and subscriber counts are "
        "kept as facts.",
        "README.md table -> channels.csv: name, handle (t.me links only), subscribers.",
    ),
    "telegram-clusters": Dataset(
        "telegram-clusters",
        "alina-khamat/The-Battle-for-Russia-Rebirth",
        "102d01b92d16f7747d39bec1c7dba5975e00879c",
        "2025-10-17",
        "No licence file. A research sample of 78 Russian nationalist Telegram channels with "
        "the cluster each was assigned to. Handles, names and cluster labels are kept as facts.",
        "data/Channels_List.csv -> channels.csv: handle, name, subscribers, cluster.",
    ),
    "leaders-current": Dataset(
        "leaders-current",
        "open-data-archive/world-leaders-current",
        "b06a1440a6eda040a90166cb3f84d9634d1779b2",
        "2026-08-22",
        "CC BY-SA 4.0 (open-data-archive, 'World Leaders Current'), compiled daily from "
        "Wikidata and Wikipedia. Names, offices, dates and Wikidata ids are used as facts, "
        "with this attribution. Covers the G20 and ASEAN members, the EU and the African Union.",
        "data/countries/*/current.json -> leaders.csv: ISO code, country, office (head of state "
        "or of government), title, holder's English and local names, Wikidata id, in office "
        "since, whether one person holds both offices. Parties and birth dates are not kept.",
    ),
    "foreign-ministers": Dataset(
        "foreign-ministers",
        "every-politician-scrapers/world",
        "4a3b394d9a35d26d138cded8718d0805b7ce9336",
        "2022-12-11",
        "Wikidata query results (Wikidata is CC0), as kept by EveryPolitician's scrapers. "
        "Stale: foreign ministers as Wikidata had them on 2022-12-11 (the file's last commit).",
        "sources/foreign/wikidata.csv -> ministers.csv: Wikidata ids of person, country and "
        "position, their labels, and the start date. Rows without a person are left out.",
    ),
    "cabinets": Dataset(
        "cabinets",
        "every-politician-scrapers (one repository per country, named with its commit in each row)",
        "per-row",
        "2022-08-02",
        "Wikidata query results (Wikidata is CC0), as kept by EveryPolitician's per-country "
        "cabinet scrapers. Stale: each country's cabinet as Wikidata had it on the date in its row "
        "(2022-01-30 to 2022-08-02), the last time the scraper ran.",
        "html/current.csv of each repository -> cabinets.csv: country, repository, commit, "
        "snapshot date, position, person, Wikidata id, start, for the offices the table lists "
        "(defence and foreign ministers, spokespeople). Gender, birth dates and images are not "
        "kept.",
    ),
    "factbook": Dataset(
        "factbook",
        "factbook/factbook.json",
        "8662a8b17a784841ab4528631b04090eb2f183eb",
        "2026-01-22",
        "CC0 1.0 (the repository's LICENSE.md); the CIA World Factbook itself is a work of the "
        "US government (public domain). The snapshot date is that of the last data commit "
        "(783ed27f, 'auto-update week 4'). Names, titles and dates are used as facts.",
        "<region>/<fips>.json, Government > Executive branch > 'chief of state' and 'head of "
        "government' -> heads.csv: ISO alpha-2 code (matched through the country's names in "
        "data/countries), FIPS code, office, title, name in normal capitalisation, other "
        "spellings the text gives, since-date, and a status (holder, co-holder, representative, "
        "vacant, unparsed: why) and the part of the name written in capitals (the surname). "
        "Only UN member states; the Factbook's prose is not kept.",
    ),
    "officeholders-history": Dataset(
        "officeholders-history",
        "every-politician-scrapers (one repository per country, named with its commit in each row)",
        "per-row",
        "2023-01-11",
        "Wikidata query results (Wikidata is CC0), as kept by EveryPolitician's per-country "
        "scrapers: everyone who held each office since 2000, with start and end dates, as "
        "Wikidata had them on the date in each row (2022-03-02 to 2023-01-11).",
        "html/holders21.csv of each repository -> holders.csv: country, repository, commit, "
        "snapshot date, position, person, Wikidata id, start, end, for heads of state and "
        "government and foreign and defence ministers (the builder tells them apart). Gender, "
        "birth dates and images are not kept.",
    ),
    "world-leaders-history": Dataset(
        "world-leaders-history",
        "every-politician-scrapers/world-leaders-2021",
        "be7039cf5952d8121c4f1e24eea64cc5dd465633",
        "2022-10-10",
        "Wikidata query results (Wikidata is CC0). Every version of data/wikidata.csv up to this "
        "commit (2021-08-26 to 2022-10-10): heads of state and government whose term ended.",
        "data/wikidata.csv at each commit -> ended.csv: the rows with an end year (country, "
        "position, office-holder, their Wikidata ids, start and end years), each as the last "
        "version that has it gave it, with that version's commit and date.",
    ),
    "ifg-ministers": Dataset(
        "ifg-ministers",
        "instituteforgov/ifg-ministers-database-public",
        "92e227025645607913912d9d8312b7421a437bd3",
        "2026-06-19",
        "CC BY 4.0 (LICENSE beside this file; the repository's first commit carried the MIT "
        "licence, replaced the same day, 2024-02-16), Institute for Government, IfG Ministers "
        "Database. Names, posts and dates are used as facts, with this attribution.",
        "data/appointment.csv, person.csv, post.csv -> appointments.csv: the UK's prime "
        "ministers, foreign and defence secretaries since 1990: post, person's names (one per "
        "name the person had), start and end dates. Gender and other posts are not kept.",
    ),
}

#: EveryPolitician's cabinet scrapers for the countries the table lists office-holders of:
#: (ISO alpha-2, repository, commit of the last change to html/current.csv, its date).
CABINETS = (
    (
        "AL",
        "every-politician-scrapers/albania-cabinet",
        "e8d362eb360459d1ffad1dbf5eec480294ef4746",
        "2022-08-02",
    ),
    (
        "AR",
        "every-politician-scrapers/argentina-ministers",
        "e3c27c74aa5187cd72aeab8a4d44983d4ca10290",
        "2022-07-09",
    ),
    (
        "AU",
        "every-politician-scrapers/australia-cabinet",
        "3fb793ddf88a5a792b0efac1b102ac1c3494c705",
        "2022-07-27",
    ),
    (
        "AT",
        "every-politician-scrapers/austria-cabinet",
        "fcf8b30dbbcd4abd03a958c6efa2e7f198049791",
        "2022-08-02",
    ),
    (
        "BY",
        "every-politician-scrapers/belarus-ministers",
        "4ac64498aa425042e9c057f66135d92e7a36a0d0",
        "2022-08-02",
    ),
    (
        "BE",
        "every-politician-scrapers/belgium-cabinet",
        "42cea07f77083cb728799e9676ad591b9cc39ce2",
        "2022-07-22",
    ),
    (
        "BR",
        "every-politician-scrapers/brazil-ministers",
        "d18552e35c34ff2a7ce3fdfb06281c3fb75b6c5d",
        "2022-07-17",
    ),
    (
        "BG",
        "every-politician-scrapers/bulgaria-cabinet",
        "c73f57df414ddac8cc5e5401658add60003547bd",
        "2022-07-20",
    ),
    (
        "CA",
        "every-politician-scrapers/canada-cabinet",
        "689f3d2e1b101783b74f07c07b373d5b1ef71f46",
        "2022-07-16",
    ),
    (
        "CN",
        "every-politician-scrapers/china-ministers",
        "23278f9202f4dd450387a506b4d429c86f81db40",
        "2022-07-03",
    ),
    (
        "HR",
        "every-politician-scrapers/croatia-ministers",
        "0438f57523f6972f4b68c82792d90e910866c6c0",
        "2022-07-17",
    ),
    (
        "CY",
        "every-politician-scrapers/cyprus-cabinet",
        "5fcbf4d37e23e62f820666403beb77e72c2f9916",
        "2022-08-02",
    ),
    (
        "CZ",
        "every-politician-scrapers/czech-ministers",
        "b44744ea0863480062f97f0f3e95cb77376df311",
        "2022-07-04",
    ),
    (
        "DK",
        "every-politician-scrapers/denmark-cabinet",
        "7e0496de392ca2b33a332aa72abfffcb76d2147f",
        "2022-07-09",
    ),
    (
        "EE",
        "every-politician-scrapers/estonia",
        "688b4103f7a24862798f9037865bef8ad027501f",
        "2022-07-19",
    ),
    (
        "FI",
        "every-politician-scrapers/finland-cabinet",
        "506df6f44ebc0f1479b1c244ab974c5501eb1f1c",
        "2022-07-04",
    ),
    (
        "FR",
        "every-politician-scrapers/france-cabinet",
        "2ada8b4169594d9a3fde926e49af4429024ab3b5",
        "2022-07-20",
    ),
    (
        "GR",
        "every-politician-scrapers/greece-cabinet",
        "c2ca51b2506e8322951a1bbe875b2a783a86b70b",
        "2022-06-22",
    ),
    (
        "HU",
        "every-politician-scrapers/hungary-cabinet",
        "8ca369cd560c124ab6c01eeb4cb67753337780e6",
        "2022-06-22",
    ),
    ("IS", "Jkudjo/iceland-cabinet", "b32c65c8261b765ebd5ea8c5466c544be4e20378", "2022-03-26"),
    (
        "IN",
        "every-politician-scrapers/india-ministers",
        "94cbe04da799059025286237b961a93836dc1657",
        "2022-07-18",
    ),
    (
        "ID",
        "every-politician-scrapers/indonesia-ministers",
        "31bc5320184becee8da560eb904abe52a41ac42b",
        "2022-07-05",
    ),
    (
        "IR",
        "every-politician-scrapers/iran-ministers",
        "4adcbb7c2a1873fd15ed46b92bc13c3c5bbf5a40",
        "2022-07-05",
    ),
    (
        "IE",
        "every-politician-scrapers/ireland-ministers",
        "fa6a40b2cee9bd97e41d3c779fe12657af7bb58f",
        "2022-06-02",
    ),
    (
        "IL",
        "every-politician-scrapers/israel-ministers",
        "9cb111a2948f2821b768a88a3511771bd524b791",
        "2022-07-27",
    ),
    (
        "IT",
        "every-politician-scrapers/italy-ministers",
        "bd8b7afbebede0974fd6cda4c4c24835cdf5b21a",
        "2022-07-22",
    ),
    (
        "JP",
        "every-politician-scrapers/japan-ministers",
        "78ed79ed0d03e75eb7b57dc13aac223cde9299d0",
        "2022-07-13",
    ),
    (
        "LV",
        "every-politician-scrapers/latvia-cabinet",
        "198902d4ac6a1efb15cf834f65d38b4a46f03a92",
        "2022-05-30",
    ),
    (
        "LT",
        "every-politician-scrapers/lithuania",
        "7e0ca64b58304fbc230ecc1300edb8b7cbd05950",
        "2022-08-02",
    ),
    (
        "LU",
        "every-politician-scrapers/luxembourg-cabinet",
        "cdc9a32a70b65d2381d88db959154c2ab5d15bc0",
        "2022-06-08",
    ),
    (
        "MT",
        "every-politician-scrapers/malta-ministers",
        "6eab53eca8d0a95f2f52975a5f7611275dbf7a84",
        "2022-07-16",
    ),
    (
        "MX",
        "every-politician-scrapers/mexico-ministers",
        "067c41abe2160f8b60ca134dc8aaf8fff7afccad",
        "2022-07-14",
    ),
    (
        "ME",
        "every-politician-scrapers/montenegro-cabinet",
        "648fe4653c0b31006317dedb416c6c2e11f79658",
        "2022-06-22",
    ),
    (
        "NL",
        "every-politician-scrapers/netherlands-cabinet",
        "1cfefeff7d30a53d87ddc3951e6470b9c4e55f99",
        "2022-08-02",
    ),
    (
        "MK",
        "every-politician-scrapers/north-macedonia-ministers",
        "01ca9477a8247a84a28633e6ecf28353ff090027",
        "2022-01-30",
    ),
    (
        "NO",
        "every-politician-scrapers/norway-cabinet",
        "00eaf26059d6b85ecd0d8ebe2a97bb9e0155f0a8",
        "2022-05-26",
    ),
    (
        "PL",
        "every-politician-scrapers/poland-cabinet",
        "c6b228df3eed6e9ba89f02bf424f870a66ea47a6",
        "2022-07-22",
    ),
    (
        "PT",
        "every-politician-scrapers/portugal-cabinet",
        "49dd0287a8d715a217ba067c04d574b2632864af",
        "2022-08-02",
    ),
    (
        "RO",
        "every-politician-scrapers/romania-cabinet",
        "abf88666caa1d86c68f1326d3a9f844d5ddb16a3",
        "2022-08-02",
    ),
    (
        "RU",
        "every-politician-scrapers/russia-cabinet",
        "e93819b7dae3c4f975d27250a9c7a897cbe4a874",
        "2022-08-02",
    ),
    (
        "SA",
        "every-politician-scrapers/saudi-ministers",
        "85b6a815485ed7531c0aba68b8a80a83e4ff9614",
        "2022-07-05",
    ),
    (
        "SK",
        "every-politician-scrapers/slovakia-cabinet",
        "805bef14724fc370d548ff09616b504b236e27b6",
        "2022-08-02",
    ),
    (
        "SI",
        "every-politician-scrapers/slovenia-cabinet",
        "08d1d2cb7688afad97b4b4df237ad61ec738eaf8",
        "2022-08-02",
    ),
    (
        "ZA",
        "every-politician-scrapers/south-africa-cabinet",
        "e720e7fa11b56d6a2bfbaa9f0abb8914a7ba01ec",
        "2022-05-23",
    ),
    (
        "KR",
        "every-politician-scrapers/south-korea-ministers",
        "b4fd71da39c935678db43db005746b41aadd1006",
        "2022-08-02",
    ),
    (
        "ES",
        "every-politician-scrapers/spain-ministers",
        "adf0f84a95404c3b1cd4f121c1ce4198457d04bf",
        "2022-07-21",
    ),
    (
        "SE",
        "every-politician-scrapers/sweden-cabinet",
        "9c0eebd9f5f0fe01719f9147c1b35da93e1893ca",
        "2022-03-15",
    ),
    (
        "TR",
        "every-politician-scrapers/turkey-ministers",
        "65902a9c8a66ff57e1102e3a8c5f91ac9a740375",
        "2022-08-02",
    ),
    (
        "UA",
        "every-politician-scrapers/ukraine-cabinet",
        "df4c5c184e1d83f09963ce7ed9687075c764d7e1",
        "2022-07-22",
    ),
    (
        "GB",
        "every-politician-scrapers/united-kingdom-cabinet",
        "e9999644e8ae380451deb93c0152e3addf135fcd",
        "2022-07-21",
    ),
    (
        "US",
        "every-politician-scrapers/us-cabinet",
        "c94b37f05373e36e45d9e11d77135b305e28c7d7",
        "2022-08-02",
    ),
)

#: EveryPolitician's national scrapers with a list of past holders (html/holders21.csv: the
#: holders of each office since 2000, with start and end dates): the cabinet repositories
#: above and one more per UN member state that has one, as (ISO alpha-2, repository, commit
#: of the last change to the file, its date).
HOLDERS21 = (
    (
        "AD",
        "every-politician-scrapers/andorra-cabinet",
        "c83650b8f33a24172b3b1ecb9877f186bdc5f235",
        "2022-07-16",
    ),
    (
        "AE",
        "every-politician-scrapers/uae-ministers",
        "ed57e1ca62591b7ed3cca7ef3e9a91008213cb60",
        "2022-06-28",
    ),
    (
        "AF",
        "every-politician-scrapers/afghanistan",
        "60d458daa5b233245f5745cf4bde5214b61b7627",
        "2022-07-18",
    ),
    (
        "AG",
        "every-politician-scrapers/antigua-barbuda-ministers",
        "8932e1720b5713d5ed998d920df32dcaf6ca33b4",
        "2022-08-02",
    ),
    (
        "AL",
        "every-politician-scrapers/albania-cabinet",
        "e8d362eb360459d1ffad1dbf5eec480294ef4746",
        "2022-08-02",
    ),
    (
        "AM",
        "every-politician-scrapers/armenia-ministers",
        "03b46aa295262e056b061d2d003d21d89b1de451",
        "2022-07-16",
    ),
    (
        "AO",
        "every-politician-scrapers/angola",
        "5a78c687e7f79a3b4a996cd10259785765664b4a",
        "2022-07-28",
    ),
    (
        "AR",
        "every-politician-scrapers/argentina-ministers",
        "40c15a392ad06119ac7fe5004719299738badff8",
        "2022-07-09",
    ),
    (
        "AT",
        "every-politician-scrapers/austria-cabinet",
        "fcf8b30dbbcd4abd03a958c6efa2e7f198049791",
        "2022-08-02",
    ),
    (
        "AU",
        "every-politician-scrapers/australia-cabinet",
        "4c35a6ef087d076eb343b6177814574b2d6e43b8",
        "2022-07-30",
    ),
    (
        "AZ",
        "every-politician-scrapers/azerbaijan-cabinet",
        "31c53d5296612fe6930741cc2149b4ef212c8204",
        "2022-07-18",
    ),
    (
        "BA",
        "every-politician-scrapers/bosnia-herzegovina-ministers",
        "2f6b59e7b6bc94032a77951c0ab9d4080a416e75",
        "2022-06-28",
    ),
    (
        "BB",
        "every-politician-scrapers/barbados-cabinet",
        "f3c72134b4034a73bfbe2320942f32924b28ec7f",
        "2022-07-20",
    ),
    (
        "BD",
        "every-politician-scrapers/bangladesh-ministers",
        "ee3c612d1540325ccc103af68f7b3f51a9a44922",
        "2022-07-11",
    ),
    (
        "BE",
        "every-politician-scrapers/belgium-cabinet",
        "42cea07f77083cb728799e9676ad591b9cc39ce2",
        "2022-07-22",
    ),
    (
        "BF",
        "every-politician-scrapers/burkina-faso",
        "497b82ab5ecdb13852b80433607c9c880687b4db",
        "2023-01-11",
    ),
    (
        "BG",
        "every-politician-scrapers/bulgaria-cabinet",
        "c73f57df414ddac8cc5e5401658add60003547bd",
        "2022-07-20",
    ),
    (
        "BH",
        "every-politician-scrapers/bahrain",
        "8e6598d1b3cf24f5f12d869758fe959e355ab603",
        "2022-12-13",
    ),
    (
        "BI",
        "every-politician-scrapers/burundi-ministers",
        "6b6ba0a39a6d692b3d6ecc9ba9ef93bba8208ab3",
        "2022-06-20",
    ),
    (
        "BJ",
        "every-politician-scrapers/benin-ministers",
        "0dee848b50b361e1f8981531472f8502b713b114",
        "2022-07-25",
    ),
    (
        "BN",
        "every-politician-scrapers/brunei-ministers",
        "2a719e3d156a713f9b67c8330b971b9ad83990d6",
        "2022-07-08",
    ),
    (
        "BO",
        "every-politician-scrapers/bolivia-ministers",
        "434bcd82d1ae9fefedb820b2cc6a1d38a4e3e5f8",
        "2022-08-02",
    ),
    (
        "BR",
        "every-politician-scrapers/brazil-ministers",
        "d18552e35c34ff2a7ce3fdfb06281c3fb75b6c5d",
        "2022-07-17",
    ),
    (
        "BS",
        "every-politician-scrapers/bahamas-cabinet",
        "b82862d20ee83f442e11f33b50fd5fc7b61c59e2",
        "2022-06-26",
    ),
    (
        "BT",
        "every-politician-scrapers/bhutan-ministers",
        "80bf80a9adc447f4a70fae65e58ad0e4a80a3342",
        "2022-03-19",
    ),
    (
        "BW",
        "every-politician-scrapers/botswana-ministers",
        "680baa6be95eb261954c22b485a961bb660da2b3",
        "2022-07-13",
    ),
    (
        "BY",
        "every-politician-scrapers/belarus-ministers",
        "4ac64498aa425042e9c057f66135d92e7a36a0d0",
        "2022-08-02",
    ),
    (
        "BZ",
        "every-politician-scrapers/belize-ministers",
        "27bea3488c0bf55a54d2a3006f8e8f2e79ccfd96",
        "2022-08-02",
    ),
    (
        "CA",
        "every-politician-scrapers/canada-cabinet",
        "689f3d2e1b101783b74f07c07b373d5b1ef71f46",
        "2022-07-16",
    ),
    (
        "CD",
        "every-politician-scrapers/congo-kinshasa-ministers",
        "fb78ee2e1afcd31cb21afcb2c18c01e01608b18d",
        "2022-07-30",
    ),
    (
        "CF",
        "every-politician-scrapers/central-african-republic",
        "fe0c2e9d602c45764cc428f524f658a39215bce8",
        "2022-07-17",
    ),
    (
        "CG",
        "every-politician-scrapers/congo-brazzaville",
        "2f2f5092fbee92db3461b041f9dd2290a9e763e8",
        "2022-06-21",
    ),
    (
        "CH",
        "every-politician-scrapers/swiss-federal-council",
        "b9a18fe20477b551573f374eaa1802121a6a3e82",
        "2022-08-02",
    ),
    (
        "CI",
        "every-politician-scrapers/ivory-coast",
        "034f108cd239b58879dc2e8d6f85e7ebd869aadb",
        "2022-11-08",
    ),
    (
        "CL",
        "every-politician-scrapers/chile-ministers",
        "0badd62dc6614f8b098c9105197eea0c9325b585",
        "2022-07-11",
    ),
    (
        "CM",
        "every-politician-scrapers/cameroon",
        "2a3ce971ddcf3ba326a147314e9dea75fe69742a",
        "2022-08-02",
    ),
    (
        "CN",
        "every-politician-scrapers/china-ministers",
        "202317c29f7839fe25674187c29a751e72f4c8bf",
        "2022-07-11",
    ),
    (
        "CR",
        "every-politician-scrapers/costa-rica",
        "543f1a52075c241512420491b23e4373097843ab",
        "2022-12-06",
    ),
    (
        "CU",
        "every-politician-scrapers/cuba",
        "3135a77b90d4ee24a7adc515d7dbe242c4c8c346",
        "2022-10-06",
    ),
    (
        "CV",
        "every-politician-scrapers/cabo-verde",
        "c68365375c22b0320397fe524f3ba5fff72e0b02",
        "2022-12-06",
    ),
    (
        "CY",
        "every-politician-scrapers/cyprus-cabinet",
        "5fcbf4d37e23e62f820666403beb77e72c2f9916",
        "2022-08-02",
    ),
    (
        "CZ",
        "every-politician-scrapers/czech-ministers",
        "ca4ee1ed5b241e3c6a76db41129db07a7700a97b",
        "2022-07-09",
    ),
    (
        "DJ",
        "every-politician-scrapers/djibouti-ministers",
        "080838cee05c04ecf2b16645036f5b84dd6a487c",
        "2022-03-19",
    ),
    (
        "DK",
        "every-politician-scrapers/denmark-cabinet",
        "020673d5b1c69be18f2a056a81cfb472d2997614",
        "2022-07-25",
    ),
    (
        "DM",
        "every-politician-scrapers/dominica",
        "443be2e3e50d745f766b2c15e1022d2bf172eb89",
        "2022-10-15",
    ),
    (
        "DO",
        "every-politician-scrapers/dominican-republic",
        "42b80f8c9785285412d03076ecdf498ad74a3ffd",
        "2022-11-12",
    ),
    (
        "DZ",
        "every-politician-scrapers/algeria-cabinet",
        "ff94eee66b19a52b28a1459a5d7d32f62062f1c2",
        "2022-07-11",
    ),
    (
        "EC",
        "every-politician-scrapers/ecuador-ministers",
        "ba2e84fb89b671f3f8315c353df16fc7e54b7efa",
        "2022-07-20",
    ),
    (
        "EE",
        "every-politician-scrapers/estonia",
        "688b4103f7a24862798f9037865bef8ad027501f",
        "2022-07-19",
    ),
    (
        "EG",
        "every-politician-scrapers/egypt-ministers",
        "3904273334813630772b8c07511351706e8a5735",
        "2022-08-02",
    ),
    (
        "ER",
        "every-politician-scrapers/eritrea-ministers",
        "297d9bc416b344cb52e4264e279abfe29101d5d4",
        "2022-08-02",
    ),
    (
        "ES",
        "every-politician-scrapers/spain-ministers",
        "66b35bbd94f3d72085130cc2f48d865363e6dbc5",
        "2022-07-22",
    ),
    (
        "ET",
        "every-politician-scrapers/ethiopia-ministers",
        "f04db5df3ba1a6df747fe11f68fb6d3e54a2a729",
        "2022-07-13",
    ),
    (
        "FI",
        "every-politician-scrapers/finland-cabinet",
        "3f060791e48fcdcfda8d5df136266c3edb0ed6bf",
        "2022-07-29",
    ),
    (
        "FJ",
        "every-politician-scrapers/fiji-ministers",
        "81248d5360ba140cb9b5a01e6f23e19c529a2222",
        "2022-05-11",
    ),
    (
        "FM",
        "every-politician-scrapers/micronesia-ministers",
        "ad903abe19b1a74ef92636ac279b59674ff2afcf",
        "2022-08-02",
    ),
    (
        "FR",
        "every-politician-scrapers/france-cabinet",
        "c42ef8288a0ebe52369646ec9d1da485f8689bdf",
        "2022-07-23",
    ),
    (
        "GA",
        "every-politician-scrapers/gabon-ministers",
        "6a87ce3f3fc980e791e23870b086fb42f349c916",
        "2022-04-27",
    ),
    (
        "GB",
        "every-politician-scrapers/united-kingdom-cabinet",
        "3a5ec686630cbefc0fe4b96da38a2a50b52d2556",
        "2022-07-23",
    ),
    (
        "GD",
        "every-politician-scrapers/grenada",
        "e8a2cac4eb7fa3712552b7ac6fbfa90fb0da1f61",
        "2022-10-21",
    ),
    (
        "GE",
        "every-politician-scrapers/georgia-ministers",
        "ad9d68ec6c71f1c932c6957fa65ed56df3fd02c7",
        "2022-08-02",
    ),
    (
        "GH",
        "every-politician-scrapers/ghana-ministers",
        "6c84164e64a35101f93257e4efbf5a60d66dedec",
        "2022-07-05",
    ),
    (
        "GM",
        "every-politician-scrapers/gambia-ministers",
        "1eb3ec5bd44f1e352505f30a82095a2c46eb65f2",
        "2022-07-28",
    ),
    (
        "GN",
        "every-politician-scrapers/guinea",
        "53109885a0f02b6fef621c643783c78e4f4bd2d4",
        "2022-11-18",
    ),
    (
        "GQ",
        "every-politician-scrapers/equatorial-guinea",
        "2b2b3c0acc653564222a49afab20c8b8899753e1",
        "2022-06-10",
    ),
    (
        "GR",
        "every-politician-scrapers/greece-cabinet",
        "c85ed597590e7990b7d1a9d69e46b258bb17a7fe",
        "2022-07-16",
    ),
    (
        "GT",
        "every-politician-scrapers/guatemala-ministers",
        "fb1b37b7fd1a468c6b82b6ab7e2c406a9cb49b9a",
        "2022-07-27",
    ),
    (
        "GW",
        "every-politician-scrapers/guinea-bissau",
        "d136ec42074b0a0f5ae1ef767635c90785d8af13",
        "2022-10-09",
    ),
    (
        "GY",
        "every-politician-scrapers/guyana",
        "7a14a8568108e2e1e7deefb392bd03ca18a54ef9",
        "2022-10-10",
    ),
    (
        "HN",
        "every-politician-scrapers/honduras-ministers",
        "3dad2c4c0fd29ef39ca5281f6223d2bf0f4d7496",
        "2022-07-20",
    ),
    (
        "HR",
        "every-politician-scrapers/croatia-ministers",
        "0438f57523f6972f4b68c82792d90e910866c6c0",
        "2022-07-17",
    ),
    (
        "HT",
        "every-politician-scrapers/haiti",
        "c510dfef759eb1adc44e7347f33b37a37e9def70",
        "2022-12-02",
    ),
    (
        "HU",
        "every-politician-scrapers/hungary-cabinet",
        "2b2dedd5b2b0c3626e72b8f42d9484596a028c66",
        "2022-07-16",
    ),
    (
        "ID",
        "every-politician-scrapers/indonesia-ministers",
        "2e9b6ffe30a5fc216c19d96dea4bb021e4639beb",
        "2022-07-23",
    ),
    (
        "IE",
        "every-politician-scrapers/ireland-ministers",
        "9823aba2660535dc7b18848f882e85ccb74d75dd",
        "2022-07-16",
    ),
    (
        "IL",
        "every-politician-scrapers/israel-ministers",
        "9cb111a2948f2821b768a88a3511771bd524b791",
        "2022-07-27",
    ),
    (
        "IN",
        "every-politician-scrapers/india-ministers",
        "aeea9df210db37aa2c9939bafd1d57762e535c0e",
        "2022-07-22",
    ),
    (
        "IQ",
        "every-politician-scrapers/iraq-ministers",
        "ab7f90c8298be91e36248b2ca5d7f268cee0b173",
        "2022-08-02",
    ),
    (
        "IR",
        "every-politician-scrapers/iran-ministers",
        "4adcbb7c2a1873fd15ed46b92bc13c3c5bbf5a40",
        "2022-07-05",
    ),
    ("IS", "Jkudjo/iceland-cabinet", "b32c65c8261b765ebd5ea8c5466c544be4e20378", "2022-03-26"),
    (
        "IT",
        "every-politician-scrapers/italy-ministers",
        "bd8b7afbebede0974fd6cda4c4c24835cdf5b21a",
        "2022-07-22",
    ),
    (
        "JM",
        "every-politician-scrapers/jamaica-ministers",
        "ad18aea32bc11fc49e52050392c83e81afbbc022",
        "2022-07-17",
    ),
    (
        "JP",
        "every-politician-scrapers/japan-ministers",
        "10f15aff63cef9bb64bf511d2702fd9f8d6f1793",
        "2022-07-21",
    ),
    (
        "JO",
        "every-politician-scrapers/jordan-ministers",
        "b684d9408554d3eaff38b51d6eb673e28d5b5346",
        "2022-07-05",
    ),
    (
        "KE",
        "every-politician-scrapers/kenya",
        "f2d6bf5686e385b22232b0a2d8cdd6b6788d4466",
        "2022-08-02",
    ),
    (
        "KG",
        "every-politician-scrapers/kyrgyzstan-ministers",
        "d8ff9828032fbb0e1f41920dd6af8c5c08a26a67",
        "2022-08-02",
    ),
    (
        "KH",
        "every-politician-scrapers/cambodia",
        "df2cb441064e627e5a1a48002998d5926ebb0606",
        "2023-01-01",
    ),
    (
        "KI",
        "every-politician-scrapers/kiribati-ministers",
        "a1a03ab01678600069c07d5aaab12cb222d8ff99",
        "2022-04-21",
    ),
    (
        "KM",
        "every-politician-scrapers/comoros",
        "519335612c46ee5c6d5c8561738cea28817298cd",
        "2022-10-10",
    ),
    (
        "KN",
        "every-politician-scrapers/st-kitts-and-nevis-cabinet",
        "9fe4f85658f5912778d982031998eeb255620a14",
        "2022-07-28",
    ),
    (
        "KP",
        "every-politician-scrapers/north-korea",
        "9ba6cd4f5a525797e06b508696eac3eac936eaff",
        "2022-10-11",
    ),
    (
        "KR",
        "every-politician-scrapers/south-korea-ministers",
        "b4fd71da39c935678db43db005746b41aadd1006",
        "2022-08-02",
    ),
    (
        "KW",
        "every-politician-scrapers/kuwait-ministers",
        "3ec8669afd40174bfdb8b9c84dc535dcab55a2fd",
        "2022-07-05",
    ),
    (
        "KZ",
        "every-politician-scrapers/kazakhstan-cabinet",
        "e9796773fb2727b73f57245520c0e96593a282b4",
        "2022-07-13",
    ),
    (
        "LC",
        "every-politician-scrapers/st-lucia-cabinet",
        "1c039a845dfc5fe9495e8a11a25250f0382fa912",
        "2022-07-04",
    ),
    (
        "LI",
        "every-politician-scrapers/liechtenstein-ministers",
        "78a77422ef7c0b71ccb1e7fbd33818cc326efd64",
        "2022-03-02",
    ),
    (
        "LK",
        "every-politician-scrapers/sri-lanka-cabinet",
        "a90dbcf77133b1b9dcb94abe2c51b7ba2d9c5bee",
        "2022-07-25",
    ),
    (
        "LR",
        "every-politician-scrapers/liberia-ministers",
        "32aab38f821699cdbab348b9e87ec1aa2ed92fae",
        "2022-06-28",
    ),
    (
        "LS",
        "every-politician-scrapers/lesotho-ministers",
        "e2e5c91fe1eaeff7393b6348b991cc7e77353b59",
        "2022-08-02",
    ),
    (
        "LT",
        "every-politician-scrapers/lithuania",
        "7e0ca64b58304fbc230ecc1300edb8b7cbd05950",
        "2022-08-02",
    ),
    (
        "LU",
        "every-politician-scrapers/luxembourg-cabinet",
        "8e3c1d0a89469c7d82d6e8ea036aeb7e60d73b20",
        "2022-06-28",
    ),
    (
        "LV",
        "every-politician-scrapers/latvia-cabinet",
        "11aa6f928d5aaaa77f1c56f4277f61141ec14b6c",
        "2022-06-20",
    ),
    (
        "MA",
        "every-politician-scrapers/morocco-ministers",
        "c3c50343c71bafe6dd6d09084941a788171e3cc2",
        "2022-07-16",
    ),
    (
        "MD",
        "every-politician-scrapers/moldova-ministers",
        "01760f439dc2c8eadde959703ef4a8b799e3456f",
        "2022-07-11",
    ),
    (
        "ME",
        "every-politician-scrapers/montenegro-cabinet",
        "a22624c14fc9bc64fc28e657920f206e487d2bb4",
        "2022-07-21",
    ),
    (
        "MH",
        "every-politician-scrapers/marshall-islands-ministers",
        "cc5f3094ce8cfd5f4540700745ce7bf30f56fa15",
        "2022-05-16",
    ),
    (
        "MK",
        "every-politician-scrapers/north-macedonia-ministers",
        "6b2dbc43cce6ff86c47a5d4813c1983d636f55b7",
        "2022-07-27",
    ),
    (
        "MM",
        "every-politician-scrapers/myanmar-ministers",
        "44af63bc2f37327e1af5882d1d6dc8364787c8cb",
        "2022-06-13",
    ),
    (
        "MN",
        "every-politician-scrapers/mongolia-ministers",
        "f24b66fc61d4bd9e5b56a124785d1be7ea9d7267",
        "2022-08-02",
    ),
    (
        "MR",
        "every-politician-scrapers/mauritania",
        "111e6d11d5d36e35a51ddb4b67c3c56e397b5932",
        "2022-09-30",
    ),
    (
        "MT",
        "every-politician-scrapers/malta-ministers",
        "6eab53eca8d0a95f2f52975a5f7611275dbf7a84",
        "2022-07-16",
    ),
    (
        "MU",
        "every-politician-scrapers/mauritius-ministers",
        "6de123948d4bf60a80640a97bdec323ebe4d93ec",
        "2022-06-20",
    ),
    (
        "MV",
        "every-politician-scrapers/maldives-ministers",
        "198c8d3afa72db8e7fe6337b0cdbb7c035d87b6a",
        "2022-06-30",
    ),
    (
        "MW",
        "every-politician-scrapers/malawi-ministers",
        "c6f5263d6b196cccf7d15ec2daf5d72b2e640a6d",
        "2022-06-10",
    ),
    (
        "MX",
        "every-politician-scrapers/mexico-ministers",
        "d41448dbccfdc3935ef48673df30a55a7b1ca98b",
        "2022-07-16",
    ),
    (
        "MY",
        "every-politician-scrapers/malaysia-ministers",
        "b0064e2add4f910f3ee6ce998c176ec5be9c00c8",
        "2022-05-02",
    ),
    (
        "MZ",
        "every-politician-scrapers/mozambique",
        "17e6aba7077c5f7e480d12aa495943bd956fc109",
        "2022-07-22",
    ),
    (
        "NE",
        "every-politician-scrapers/niger-ministers",
        "9204e837cb38944cbc55b730ba619d549bad9b9c",
        "2022-08-02",
    ),
    (
        "NG",
        "every-politician-scrapers/nigeria",
        "71b8708a656c79b65ca6456e550e1e5cd344d863",
        "2022-07-22",
    ),
    (
        "NL",
        "every-politician-scrapers/netherlands-cabinet",
        "1cfefeff7d30a53d87ddc3951e6470b9c4e55f99",
        "2022-08-02",
    ),
    (
        "NO",
        "every-politician-scrapers/norway-cabinet",
        "1d8aa601e462c42e97745444716e97d48510d3e0",
        "2022-07-27",
    ),
    (
        "NP",
        "every-politician-scrapers/nepal-ministers",
        "e7e029777565965097ccc6cd3334a7d10ebbea8c",
        "2022-07-20",
    ),
    (
        "NZ",
        "every-politician-scrapers/new-zealand-cabinet",
        "b2613c2e35776c47eef3ba949d9df9fb60b0825b",
        "2022-07-25",
    ),
    (
        "OM",
        "every-politician-scrapers/oman",
        "2c764499cddcb25de8934309343d2753cf39bceb",
        "2022-10-12",
    ),
    (
        "PA",
        "every-politician-scrapers/panama-ministers",
        "df6784bc3f72b6369a810e8b6aed3b5ef3e578ef",
        "2022-07-18",
    ),
    (
        "PG",
        "every-politician-scrapers/papua-new-guinea",
        "bfe5f9e93226262ff4256362037d57ee047f334d",
        "2022-10-08",
    ),
    (
        "PH",
        "every-politician-scrapers/philippines-ministers",
        "83fe303906dcb925705aa31ee4de24bb966af571",
        "2022-07-30",
    ),
    (
        "PK",
        "every-politician-scrapers/pakistan-ministers",
        "065accdb5d8d693e89c0bc559862c10f66d443d1",
        "2022-08-02",
    ),
    (
        "PL",
        "every-politician-scrapers/poland-cabinet",
        "c6b228df3eed6e9ba89f02bf424f870a66ea47a6",
        "2022-07-22",
    ),
    (
        "PT",
        "every-politician-scrapers/portugal-cabinet",
        "49dd0287a8d715a217ba067c04d574b2632864af",
        "2022-08-02",
    ),
    (
        "PY",
        "every-politician-scrapers/paraguay-ministers",
        "d420f8861e2d935d84539006861f3ed7e0b2e457",
        "2022-08-02",
    ),
    (
        "RO",
        "every-politician-scrapers/romania-cabinet",
        "abf88666caa1d86c68f1326d3a9f844d5ddb16a3",
        "2022-08-02",
    ),
    (
        "RS",
        "every-politician-scrapers/serbia-ministers",
        "6ef44cf426324ccd7201a642f65e178fdd42d764",
        "2022-07-04",
    ),
    (
        "RU",
        "every-politician-scrapers/russia-cabinet",
        "e93819b7dae3c4f975d27250a9c7a897cbe4a874",
        "2022-08-02",
    ),
    (
        "RW",
        "every-politician-scrapers/rwanda-ministers",
        "1bdb78becc32f2a4205c9ef40159d185d574f1b4",
        "2022-08-02",
    ),
    (
        "SA",
        "every-politician-scrapers/saudi-ministers",
        "a72d2fa74dfe14b372b560f20ccece73ca151e94",
        "2022-07-23",
    ),
    (
        "SB",
        "every-politician-scrapers/solomons-ministers",
        "e44629f8b039ae032a37da2075b78dd4eba299cb",
        "2022-08-02",
    ),
    (
        "SD",
        "every-politician-scrapers/sudan",
        "c9addc0e0b468b5aa55416197dd4aaf981250413",
        "2022-07-13",
    ),
    (
        "SE",
        "every-politician-scrapers/sweden-cabinet",
        "6289025f1bbbbfc27f30f164de16119f1ec81d20",
        "2022-07-11",
    ),
    (
        "SG",
        "every-politician-scrapers/singapore-ministers",
        "d39c2dc80718d3548d1b9e2429f65442cf8abef9",
        "2022-07-22",
    ),
    (
        "SI",
        "every-politician-scrapers/slovenia-cabinet",
        "ab0dbb240de2d835cb7fec00e647781179365525",
        "2022-08-02",
    ),
    (
        "SK",
        "every-politician-scrapers/slovakia-cabinet",
        "805bef14724fc370d548ff09616b504b236e27b6",
        "2022-08-02",
    ),
    (
        "SL",
        "every-politician-scrapers/sierra-leone",
        "6cba9e97018925ed86734a9d1aac02c9fb9d76b9",
        "2022-09-15",
    ),
    (
        "SM",
        "every-politician-scrapers/san-marino-ministers",
        "3b0c7be9f08c0ef61ba4ed6de7b9793d18a37de0",
        "2022-07-13",
    ),
    (
        "SN",
        "every-politician-scrapers/senegal-ministers",
        "01c3d1c34a44dffdee2147f822c51eb5d0871b93",
        "2022-07-16",
    ),
    (
        "SO",
        "every-politician-scrapers/somalia-cabinet",
        "38141e75fb368b7dd184c03958cda20229ddf22b",
        "2022-08-02",
    ),
    (
        "SR",
        "every-politician-scrapers/suriname",
        "a893afb0bde8e0e338c4d5f3caade6a9f51f3e2d",
        "2022-09-16",
    ),
    (
        "SS",
        "every-politician-scrapers/south-sudan",
        "4fc5854065f638949d4d0a7c55729ff4821cf391",
        "2022-07-31",
    ),
    (
        "ST",
        "every-politician-scrapers/sao-tome-and-principe",
        "96994130462cdbc0faa0faf42d8f51b87e1e2cdf",
        "2022-11-19",
    ),
    (
        "SV",
        "every-politician-scrapers/el-salvador-ministers",
        "17cb6b570d6ddde06d4244c1a58aa15dbfd17942",
        "2022-06-30",
    ),
    (
        "SY",
        "every-politician-scrapers/syria",
        "cd558e990516bacd11dfd165f10b28764e52b2c4",
        "2023-01-09",
    ),
    (
        "SZ",
        "every-politician-scrapers/eswatini",
        "99edf5a92a83e7c27d8e596ba342c573089f67f1",
        "2022-10-10",
    ),
    (
        "TD",
        "every-politician-scrapers/chad-ministers",
        "aa07a6013080ddbe1e9aa09bdf3495514a8fde27",
        "2022-07-09",
    ),
    (
        "TG",
        "every-politician-scrapers/togo",
        "a2063bedf3c25780e65185827a65d084c1245eed",
        "2023-01-09",
    ),
    (
        "TJ",
        "every-politician-scrapers/tajikistan-ministers",
        "04cfb20a4eaf76f996220f59d1083d32a7faff7e",
        "2022-08-02",
    ),
    (
        "TL",
        "every-politician-scrapers/timor-leste-ministers",
        "980f8171d222af2140f2702aa009048626c396ba",
        "2022-06-13",
    ),
    (
        "TM",
        "every-politician-scrapers/turkmenistan",
        "d3ea9a1abf59973e46871f088b5a55ee002dea8d",
        "2022-08-13",
    ),
    (
        "TN",
        "every-politician-scrapers/tunisia-ministers",
        "6e35fc4e7f3d8c1f0bbb453d3b522177a7820dfe",
        "2022-07-23",
    ),
    (
        "TO",
        "every-politician-scrapers/tonga-ministers",
        "67eec64e827a463ef39accdcb56e653078d45abb",
        "2022-06-15",
    ),
    (
        "TR",
        "every-politician-scrapers/turkey-ministers",
        "65902a9c8a66ff57e1102e3a8c5f91ac9a740375",
        "2022-08-02",
    ),
    (
        "TT",
        "every-politician-scrapers/trinidad-and-tobago-cabinet",
        "843d0bf3c6cdc8f7ad5404380308b70c90b13e8b",
        "2022-07-17",
    ),
    (
        "TV",
        "every-politician-scrapers/tuvalu-ministers",
        "edd6e2b406a8c5b4c1c3e76c2f368085e2b1130a",
        "2022-04-08",
    ),
    (
        "TZ",
        "every-politician-scrapers/tanzania-ministers",
        "d1899da0536d4b1ddf1dfb64777a82b0faeb7dd5",
        "2022-05-14",
    ),
    (
        "UA",
        "every-politician-scrapers/ukraine-cabinet",
        "df4c5c184e1d83f09963ce7ed9687075c764d7e1",
        "2022-07-22",
    ),
    (
        "UG",
        "every-politician-scrapers/uganda-ministers",
        "67578ead7514c9a985c1c2dcb9d68ff0d8346567",
        "2022-08-02",
    ),
    (
        "US",
        "every-politician-scrapers/us-cabinet",
        "bbc02151b69a7fd9c767566c7ea398726698e186",
        "2022-08-02",
    ),
    (
        "UY",
        "every-politician-scrapers/uruguay-ministers",
        "23112bb50d461da2ca72b574663ccdc2aff09b2f",
        "2022-07-04",
    ),
    (
        "UZ",
        "every-politician-scrapers/uzbekistan-ministers",
        "5e63658306d1c1af3636df0ba1b8c8ef72dfa717",
        "2022-07-19",
    ),
    (
        "VC",
        "every-politician-scrapers/st-vincent-and-the-grenadines",
        "ad6f891463b82067858a09b585e329d6c931cb07",
        "2022-11-18",
    ),
    (
        "VE",
        "every-politician-scrapers/venezuela",
        "d3b0c53fc965a7f97efacde27dbc095ea5678a9a",
        "2023-01-03",
    ),
    (
        "VN",
        "every-politician-scrapers/vietnam",
        "e99d756cbbf788590ad07a27e3dd9965bbfbfc63",
        "2022-07-20",
    ),
    (
        "VU",
        "every-politician-scrapers/vanuatu-cabinet",
        "85740504f6933ca308232974a4961a50d908f169",
        "2022-07-28",
    ),
    (
        "YE",
        "every-politician-scrapers/yemen",
        "4ea64462ce7facbef58fa67c0ebf61e6b249f6e7",
        "2022-12-07",
    ),
    (
        "ZA",
        "every-politician-scrapers/south-africa-cabinet",
        "5fbdb99192f6c28937ccbe2096d39c04ab943b98",
        "2022-07-28",
    ),
    (
        "ZM",
        "every-politician-scrapers/zambia-ministers",
        "5c44ea5992cd2dc17e616fc5153f90ee2cad1330",
        "2022-06-28",
    ),
    (
        "ZW",
        "every-politician-scrapers/zimbabwe",
        "45a15ed971b9ffa77a6d1196b5409136f6eaf316",
        "2022-07-09",
    ),
)


RUSSIA_PROGRAMMES = ("RUSSIA", "UKRAINE", "CYBER", "ELECTION", "BELARUS")


def git_show(mirrors: Path, dataset: Dataset, path: str) -> bytes:
    """The bytes of ``path`` at the dataset's commit."""
    git_dir = mirrors / dataset.repo.replace("/", "+") / "repo"
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{dataset.commit}:{path}"],
        check=True,
        capture_output=True,
    ).stdout


def git_ls(mirrors: Path, dataset: Dataset, folder: str) -> list[str]:
    """The paths of the files under ``folder`` at the dataset's commit, sorted."""
    git_dir = mirrors / dataset.repo.replace("/", "+") / "repo"
    listing = subprocess.run(
        ["git", f"--git-dir={git_dir}", "ls-tree", "-r", "--name-only", dataset.commit, folder],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return sorted(listing.splitlines())


def write_csv(path: Path, header: list[str], rows: Iterable[list[Any]]) -> int:
    """Write rows sorted, so that re-importing the same commit gives the same bytes."""
    ordered = sorted(([str(v) for v in row] for row in rows), key=lambda r: r)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(ordered)
    return len(ordered)


def notice(path: Path, dataset: Dataset, count: int) -> None:
    """The NOTICE beside each imported dataset."""
    text = (
        f"Dataset: {dataset.name}\n"
        f"Source repository: https://github.com/{dataset.repo}\n"
        f"Commit: {dataset.commit}\n"
        f"Snapshot date: {dataset.date}\n"
        f"Licence and use: {dataset.licence}\n"
        f"Kept here: {dataset.kept}\n"
        f"Rows: {count}\n"
    )
    (path / "NOTICE").write_text(text, encoding="utf-8")


def import_lin(mirrors: Path, out: Path, d: Dataset) -> int:
    rows = list(csv.reader(io.StringIO(git_show(mirrors, d, "data/domain_pc1.csv").decode())))
    return write_csv(out / "domain_pc1.csv", ["domain", "pc1"], rows[1:])


def import_rsp(mirrors: Path, out: Path, d: Dataset) -> int:
    text = git_show(mirrors, d, "data/sources.jsonl").decode()
    rows = []
    for line in text.splitlines():
        item = json.loads(line)
        domains = item.get("domains") or ([item["domain"]] if item.get("domain") else [])
        rows.append(
            [
                item["name"],
                item.get("name_qualifier", ""),
                item.get("status", ""),
                item.get("rsp_last", ""),
                " ".join(sorted({x.strip().lower() for x in domains if x.strip()})),
            ]
        )
    return write_csv(out / "sources.csv", ["name", "qualifier", "status", "last", "domains"], rows)


def import_sdn(mirrors: Path, out: Path, d: Dataset) -> int:
    text = git_show(mirrors, d, "sdn.csv").decode("utf-8", "replace")
    rows = []
    for row in csv.reader(io.StringIO(text)):
        if len(row) < 12:
            continue
        programmes = [p.strip(" []") for p in row[3].split("] [")]
        if not any(p.startswith(RUSSIA_PROGRAMMES) for p in programmes):
            continue
        remarks = row[11]
        akas = [
            part.split("'")[1]
            for part in remarks.split(";")
            if "a.k.a." in part and part.count("'") >= 2
        ]
        kind = row[2].strip().strip("-0").strip() or "entity"
        rows.append([row[1].strip(), kind, " ".join(programmes), "|".join(akas)])
    return write_csv(out / "sdn-russia.csv", ["name", "type", "programmes", "aka"], rows)


def import_sdn_websites(mirrors: Path, out: Path, d: Dataset) -> int:
    domains = set()
    for line in git_show(mirrors, d, "urls.txt").decode().splitlines():
        host = line.strip().lower().split("://")[-1].split("/")[0].removeprefix("www.")
        if host and "." in host and "@" not in host:  # e-mail addresses are not websites
            domains.add(host)
    return write_csv(out / "websites.csv", ["domain"], [[x] for x in domains])


def import_euvsdisinfo(mirrors: Path, out: Path, d: Dataset) -> int:
    text = git_show(mirrors, d, "data/posts.csv").decode()
    cases: Counter[str] = Counter()
    years: dict[str, list[int]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        year = int(row["date"][:4])
        for outlet in {o.strip() for o in row["outlets"].split("+") if o.strip()}:
            cases[outlet] += 1
            years.setdefault(outlet, []).append(year)
    rows = [[o, n, min(years[o]), max(years[o])] for o, n in cases.items()]
    return write_csv(out / "outlet_cases.csv", ["outlet", "cases", "first", "last"], rows)


def import_congress(mirrors: Path, out: Path, d: Dataset) -> int:
    import yaml

    people = yaml.safe_load(git_show(mirrors, d, "legislators-current.yaml"))
    rows = []
    for person in people:
        name, term = person["name"], person["terms"][-1]
        rows.append(
            [
                person["id"]["bioguide"],
                name.get("official_full") or f"{name['first']} {name['last']}",
                name["first"],
                name.get("nickname", ""),
                name["last"],
                "senate" if term["type"] == "sen" else "house",
                term["state"],
                term.get("party", ""),
            ]
        )
    header = ["bioguide", "official_full", "first", "nickname", "last", "chamber", "state", "party"]
    return write_csv(out / "legislators.csv", header, rows)


def import_dotgov(mirrors: Path, out: Path, d: Dataset) -> int:
    text = git_show(mirrors, d, "current-federal.csv").decode()
    rows = [
        [r["Domain name"].lower(), r["Organization name"], r["Suborganization name"]]
        for r in csv.DictReader(io.StringIO(text))
    ]
    return write_csv(out / "federal.csv", ["domain", "organisation", "suborganisation"], rows)


def import_supraverden(mirrors: Path, out: Path, d: Dataset) -> int:
    import yaml

    data = yaml.safe_load(git_show(mirrors, d, "data/general_list.yaml"))
    fields = ["Name_en", "Abbreviation_en", "Name_other_en", "Name_other_2_en", "Name_ru"]
    fields += ["Name_uk", "Name_fr", "Name_de", "Abbreviation_fr", "Website"]
    rows = []
    for key, item in data.items():
        if not isinstance(item, dict):
            continue
        values = [str(item.get(f) or "").strip() for f in fields]
        values[0] = values[0] or str(key)
        rows.append([item.get("Wikidata_code", ""), item.get("Type", ""), *values])
    header = ["wikidata", "type", "name", "abbreviation", "other_name", "other_name_2"]
    header += ["name_ru", "name_uk", "name_fr", "name_de", "abbreviation_fr", "website"]
    return write_csv(out / "organisations.csv", header, rows)


def import_world_leaders(mirrors: Path, out: Path, d: Dataset) -> int:
    rows = list(csv.reader(io.StringIO(git_show(mirrors, d, "data/wikidata.csv").decode())))
    return write_csv(out / "wikidata.csv", rows[0], rows[1:])


def import_rsf(mirrors: Path, out: Path, d: Dataset) -> int:
    import warnings

    import rdata

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "rsf.rda")
        path.write_bytes(git_show(mirrors, d, "data/rsf2025_clean.rda"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            frame = rdata.conversion.convert(rdata.parser.parse_file(path))["rsf2025_clean"]
    rows = [
        [str(r["ISO"]), str(r["Country_EN"]), f"{float(r['Score']) / 100:.2f}", int(r["Rank"])]
        for _, r in frame.iterrows()
    ]
    return write_csv(out / "rsf2025.csv", ["iso3", "country", "score", "rank"], rows)


def import_freedomhouse(mirrors: Path, out: Path, d: Dataset) -> int:
    import openpyxl

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "fiw.xlsx")
        path.write_bytes(git_show(mirrors, d, "dev/All_data_FIW_2013-2024.xlsx"))
        sheet = openpyxl.load_workbook(path, read_only=True)["FIW13-24"]
        table = list(sheet.iter_rows(values_only=True))
    header = list(table[1])
    at = {name: header.index(name) for name in ("Country/Territory", "C/T", "Edition", "Status")}
    total = header.index("Total")
    rows = [
        [r[at["Country/Territory"]], r[at["Status"]], r[total]]
        for r in table[2:]
        if r[at["Edition"]] == 2024 and r[at["C/T"]] == "c"
    ]
    return write_csv(out / "fiw2024.csv", ["country", "status", "total"], rows)


def import_pollsters(mirrors: Path, out: Path, d: Dataset) -> int:
    path = "pollster-ratings/pollster-ratings-combined.csv"
    text = git_show(mirrors, d, path).decode()
    rows = [
        [r["pollster"], r["numeric_grade"], r["rank"], r["inactive"]]
        for r in csv.DictReader(io.StringIO(text))
    ]
    return write_csv(out / "pollsters.csv", ["pollster", "grade", "rank", "inactive"], rows)


def import_telegram_ccd(mirrors: Path, out: Path, d: Dataset) -> int:
    import re

    rows = []
    for line in git_show(mirrors, d, "README.md").decode().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) < 3:
            continue
        link = re.match(r"https?://(?:t|telegram)\.me/(?:s/)?([A-Za-z0-9_]{3,})", cells[1])
        if link is None:
            continue
        name = re.sub(r"[\u2600-\u27bf\ufe0f]|\(приватний\)", "", cells[0]).strip()
        rows.append([name, f"t.me/{link.group(1).lower()}", cells[2].replace(" ", "")])
    return write_csv(out / "channels.csv", ["name", "handle", "subscribers"], rows)


def import_telegram_clusters(mirrors: Path, out: Path, d: Dataset) -> int:
    text = git_show(mirrors, d, "data/Channels_List.csv").decode("utf-8-sig")
    rows = [
        [f"t.me/{r['Id'].strip().lower()}", r["Label"].strip(), r["Subscribers"], r["Cluster"]]
        for r in csv.DictReader(io.StringIO(text))
    ]
    return write_csv(out / "channels.csv", ["handle", "name", "subscribers", "cluster"], rows)


#: The two offices world-leaders-current tracks, by its JSON keys.
LEADER_OFFICES = {"head_of_state": "head-of-state", "head_of_government": "head-of-government"}


def import_leaders_current(mirrors: Path, out: Path, d: Dataset) -> int:
    rows = []
    for path in git_ls(mirrors, d, "data/countries"):
        if not path.endswith("/current.json"):
            continue
        record = json.loads(git_show(mirrors, d, path))
        country = record["country"]
        for key, office in LEADER_OFFICES.items():
            position = record["positions"].get(key) or {}
            holder = position.get("current_holder") or {}
            if not holder.get("name_en"):
                continue  # the office is vacant or the record has no holder
            rows.append(
                [
                    country["iso_code"],
                    country["name_en"],
                    office,
                    position.get("title_en") or "",
                    holder["name_en"],
                    holder.get("name_local") or "",
                    holder.get("wikidata_id") or "",
                    holder.get("since") or "",
                    "yes" if position.get("is_same_as_head_of_state") else "",
                ]
            )
    header = ["iso", "country", "office", "title", "name", "name_local", "wikidata", "since"]
    return write_csv(out / "leaders.csv", [*header, "holds_both"], rows)


def import_foreign_ministers(mirrors: Path, out: Path, d: Dataset) -> int:
    text = git_show(mirrors, d, "sources/foreign/wikidata.csv").decode()
    columns = ["person", "name", "country", "countryLabel", "position", "positionLabel", "start"]
    rows = [[r[c] for c in columns] for r in csv.DictReader(io.StringIO(text)) if r["person"]]
    header = ["person", "name", "country", "country_label", "position", "position_label", "start"]
    return write_csv(out / "ministers.csv", header, rows)


#: Positions worth keeping from a cabinet (the builder tells the offices apart).
CABINET_POSITIONS = re.compile(
    r"defen[cs]e|armed forces|foreign|external|international relations|secretary of state$"
    r"|spokes|press secretary",
    re.IGNORECASE,
)


def _pinned_rows(
    mirrors: Path, d: Dataset, pins: Iterable[tuple[str, str, str, str]], path: str
) -> Iterator[tuple[str, str, str, str, dict[str, str]]]:
    """Every row of ``path`` in each pinned repository of a dataset kept one per country, with
    the country, repository, commit and snapshot date it came from."""
    for iso2, repo, commit, date in pins:
        source = Dataset(d.name, repo, commit, date, d.licence, d.kept)
        text = git_show(mirrors, source, path).decode()
        for row in csv.DictReader(io.StringIO(text)):
            yield iso2, repo, commit, date, row


def import_cabinets(mirrors: Path, out: Path, d: Dataset) -> int:
    rows = []
    for iso2, repo, commit, date, r in _pinned_rows(mirrors, d, CABINETS, "html/current.csv"):
        if r["person"] and not r.get("end") and CABINET_POSITIONS.search(r["position"]):
            rows.append([iso2, repo, commit, date, r["position"], r["person"]])
            rows[-1] += [r["personID"], r["start"]]
    header = ["iso2", "repository", "commit", "snapshot", "position", "person", "wikidata"]
    return write_csv(out / "cabinets.csv", [*header, "start"], rows)


#: Offices worth keeping from a list of past holders: heads of state and government (the
#: short titles the national cabinet scrapers give them) and what the cabinets keep.
HISTORY_POSITIONS = re.compile(
    r"president|prime minister|(federal )?chancellor|monarch|king|queen|emperor|grand duke"
    r"|supreme leader|taoiseach|premier of the state council"
    r"|president of \w+|prime minister of \w+",
    re.IGNORECASE,
)


def import_officeholders_history(mirrors: Path, out: Path, d: Dataset) -> int:
    rows = []
    for iso2, repo, commit, date, r in _pinned_rows(mirrors, d, HOLDERS21, "html/holders21.csv"):
        title = r["position"]
        if r["person"] and (HISTORY_POSITIONS.fullmatch(title) or CABINET_POSITIONS.search(title)):
            rows.append([iso2, repo, commit, date, title, r["person"], r["personID"]])
            rows[-1] += [r["start"], r["end"]]
    header = ["iso2", "repository", "commit", "snapshot", "position", "person", "wikidata"]
    return write_csv(out / "holders.csv", [*header, "start", "end"], rows)


def import_world_leaders_history(mirrors: Path, out: Path, d: Dataset) -> int:
    git_dir = mirrors / d.repo.replace("/", "+") / "repo"
    log = subprocess.run(
        [
            "git",
            f"--git-dir={git_dir}",
            "log",
            "--format=%H %cs",
            d.commit,
            "--",
            "data/wikidata.csv",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split("\n")
    latest: dict[tuple[str, ...], list[str]] = {}
    for line in reversed([x for x in log if x]):  # oldest first, so a later version wins
        commit, date = line.split()
        source = Dataset(d.name, d.repo, commit, date, d.licence, d.kept)
        lines = list(
            csv.reader(io.StringIO(git_show(mirrors, source, "data/wikidata.csv").decode()))
        )
        for row in lines[1:]:  # the header's names changed over time; the columns did not
            key = (row[0], row[2], row[4], row[6])
            latest[key] = [*row[:8], commit, date]
    rows = [row for row in latest.values() if row[7]]
    header = ["countryid", "country", "position", "positionLabel", "officeholder"]
    header += ["officeholderLabel", "start_year", "end_year", "commit", "seen"]
    return write_csv(out / "ended.csv", header, rows)


#: The IfG's posts the table lists: its post name -> the office.
IFG_POSTS = {
    "Prime Minister": "head-of-government",
    "Secretary of State for Foreign and Commonwealth Affairs": "foreign-minister",
    "Secretary of State for Foreign, Commonwealth and Development Affairs": "foreign-minister",
    "Secretary of State for Defence": "defence-minister",
}


#: Titles a person's later names carry ("Lord Hague of Richmond"): the plain name comes first.
IFG_TITLES = ("Lord ", "Baroness ", "Lady ", "Sir ", "Dame ")


def import_ifg_ministers(mirrors: Path, out: Path, d: Dataset) -> int:
    def read(name: str) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(git_show(mirrors, d, f"data/{name}").decode())))

    posts = {p["id"]: p["name"] for p in read("post.csv") if p["name"] in IFG_POSTS}
    names: dict[str, list[str]] = defaultdict(list)
    for person in read("person.csv"):
        if person["name"] not in names[person["id"]]:
            names[person["id"]].append(person["name"])
    rows = []
    for a in read("appointment.csv"):
        if a["post_id"] in posts and (a["end_date"] or "9999") >= "1990":
            people = sorted(names[a["person_id"]], key=lambda n: (n.startswith(IFG_TITLES), n))
            office = IFG_POSTS[posts[a["post_id"]]]
            rows.append([office, posts[a["post_id"]], a["person_id"], "|".join(people)])
            rows[-1] += [a["start_date"], a["end_date"]]
    out.mkdir(parents=True, exist_ok=True)
    (out / "LICENSE").write_bytes(git_show(mirrors, d, "LICENSE"))
    header = ["office", "post", "person_id", "names", "start", "end"]
    return write_csv(out / "appointments.csv", header, rows)


# -- the CIA World Factbook: heads of state and government ------------------------------------

#: The Factbook's two executive offices, by their keys under Government > Executive branch.
FACTBOOK_OFFICES = {"chief of state": "head-of-state", "head of government": "head-of-government"}
#: Country names the Factbook spells otherwise than data/countries.
FACTBOOK_COUNTRY_NAMES = {"Federated States of Micronesia": "FM"}
#: Words of a title or rank in front of a name: a given name is never one of these, so the
#: name starts after the last of them ("Prime Minister Andrej BABIS").
TITLE_WORDS = frozenset(
    [
        "acting",
        "administrator",
        "affairs",
        "air",
        "amir",
        "archbishop",
        "assembly",
        "bailiff",
        "cabinet",
        "capt",
        "captain",
        "captains",
        "chair",
        "chairman",
        "chairperson",
        "chancellor",
        "chief",
        "co-chiefs",
        "co-prince",
        "co-vice",
        "col",
        "commander",
        "commissioner",
        "commander-in-chief",
        "commission",
        "council",
        "crown",
        "dame",
        "dr",
        "duke",
        "emir",
        "emperor",
        "executive",
        "foreign",
        "gen",
        "general",
        "governor",
        "governor-general",
        "government",
        "grand",
        "interim",
        "king",
        "leader",
        "lieutenant",
        "lieutenant-governor",
        "lord",
        "marshal",
        "mayor",
        "minister",
        "ministers",
        "pope",
        "prefect",
        "premier",
        "presidency",
        "president",
        "prime",
        "prince",
        "queen",
        "regent",
        "secretary",
        "sir",
        "sr",
        "state",
        "sultan",
        "supreme",
        "taoiseach",
        "transition",
        "vice-marshal",
        "transitional",
        "vice",
    ]
)
#: Ranks and honorifics at the end of a title that are not part of the office ("Sir", "Gen.").
TITLE_HONORIFICS = frozenset(
    ["archbishop", "capt", "col", "dame", "dr", "gen", "general", "sir", "sr"]
)
#: Lower-case words inside a name ("Rebelo de Sousa", "Muhammad bin Salman").
NAME_PARTICLES = frozenset(
    [
        "al",
        "bin",
        "binti",
        "d",
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "e",
        "el",
        "i",
        "ibn",
        "ibni",
        "la",
        "le",
        "van",
        "von",
        "y",
    ]
)
_ROMAN = re.compile(r"[IVX]+")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_DATE = re.compile(r"\b(?:(\d{1,2}) )?(?:([A-Za-z]{3,9})\.? )?(\d{4})\b")
_TAGS = re.compile(r"<[^>]+>")


@dataclass
class FactbookHolder:
    """One person (or a vacancy) an executive-branch text names."""

    status: str  # holder, co-holder, representative, vacant, or "unparsed: why"
    title: str = ""
    name: str = ""
    since: str = ""
    aliases: list[str] = field(default_factory=list)
    #: The part of the name the Factbook writes in capitals ("Sheinbaum" of "Claudia
    #: SHEINBAUM Pardo"), from which the builder makes the short form news uses.
    surname: str = ""


def factbook_date(text: str) -> str:
    """The first date in ``text`` as ISO (``2023-03-09``, ``2018-04`` or ``1997``), or ''."""
    for day, month, year in _DATE.findall(text):
        number = _MONTHS.index(month[:3].lower()) + 1 if month[:3].lower() in _MONTHS else 0
        if month and not number:
            continue  # "since 1997" reads as a year; "Seat 2022" is not a date
        if number and day:
            return f"{year}-{number:02d}-{int(day):02d}"
        return f"{year}-{number:02d}" if number else year
    return ""


def split_top_level(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` outside parentheses and brackets."""
    parts, depth, start, at = [], 0, 0, 0
    while at < len(text):
        if text[at] in "([":
            depth += 1
        elif text[at] in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(separator, at):
            parts.append(text[start:at])
            start = at = at + len(separator)
            continue
        at += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _asides(text: str) -> tuple[str, list[str]]:
    """``text`` without its parenthesised asides, and the asides."""
    asides: list[str] = []
    kept, depth, current = [], 0, []
    for char in text:
        if char == "(":
            depth += 1
            if depth == 1:
                current = []
                continue
        elif char == ")" and depth:
            depth -= 1
            if depth == 0:
                asides.append("".join(current).strip())
                kept.append(" ")
                continue
        (current if depth else kept).append(char)
    return " ".join("".join(kept).split()), asides


def _core(token: str) -> str:
    return token.strip(',.;:"“”')


def _is_caps(token: str) -> bool:
    """A surname as the Factbook writes it: a part of two or more letters in capitals."""
    return any(
        len(part) >= 2 and part.isalpha() and part.isupper()
        for part in re.split(r"[-'’]", _core(token))
    )


def _is_title_word(token: str) -> bool:
    return _core(token).lower() in TITLE_WORDS


def normal_case(token: str, *, opens_surname: bool, regnal: bool = False) -> str:
    """A token of a name in normal capitalisation: "BABIS" -> "Babis", "PEREZ-CASTEJON" ->
    "Perez-Castejon", "DE" -> "de" inside a surname ("Rebelo de Sousa") but "De" opening it
    ("De Wever"); mixed-case tokens and regnal numbers ("III") are kept as written, but "XI"
    opening a name ("XI Jinping") is a surname."""
    if not _is_caps(token) or regnal:
        return token
    pieces = re.split(r"([-'’])", token)
    out = []
    for at, piece in enumerate(pieces):
        if not piece.isupper():
            out.append(piece)  # a separator, or a mixed-case part ("al-" of "al-BURHAN")
            continue
        # "MULI'AKA'AKA" -> "Muli'aka'aka", but "O'BRIEN" -> "O'Brien"
        after_apostrophe = at > 1 and pieces[at - 1] in "'’" and len(pieces[at - 2]) > 1
        particle = piece.lower() in NAME_PARTICLES and not (opens_surname and at == 0)
        out.append(piece.lower() if after_apostrophe or particle else piece.capitalize())
    return "".join(out)


def parse_person(segment: str, place_words: frozenset[str] = frozenset()) -> FactbookHolder:
    """Title, name, since-date and other spellings from one segment of an executive-branch text
    ("Prime Minister Andrej BABIS (since 9 December 2025)")."""
    text, asides = _asides(segment)
    since = next((factbook_date(a) for a in asides if factbook_date(a)), "")
    variants = [
        a.removeprefix("also spelled").strip() for a in asides if a.startswith("also spelled")
    ]
    if any(a.strip().lower() == "vacant" for a in asides) and not any(map(_is_caps, text.split())):
        return FactbookHolder("vacant", title=text, since=since)
    tokens = [t for t in text.split() if not t.startswith(('"', "“"))]  # nicknames in quotes
    caps = [i for i, t in enumerate(tokens) if _is_caps(t) and not _roman_after_name(tokens, i)]
    if not caps:
        return FactbookHolder("unparsed: no name in capitals")
    start = end = last_caps = caps[-1]
    while start > 0 and (
        start - 1 in caps or (tokens[start - 1].lower() in NAME_PARTICLES and start - 2 in caps)
    ):
        start -= 1
    surname_start = start
    while (
        start > 0 and _is_given(tokens[start - 1]) and _core(tokens[start - 1]) not in place_words
    ):
        start -= 1
    while end + 1 < len(tokens) and _is_trailing(tokens[end + 1]):
        end += 1
    rest = tokens[end + 1 :]
    if rest and rest[0].lower() != "of":  # "King HARALD V of Norway" names the realm
        return FactbookHolder("unparsed: text after the name")
    name = " ".join(
        normal_case(t, opens_surname=i == surname_start, regnal=_roman_after_name(tokens, i))
        for i, t in enumerate(tokens)
        if start <= i <= end
    ).strip(" ,")
    title_tokens = tokens[:start]
    while title_tokens and _core(title_tokens[-1]).lower() in TITLE_HONORIFICS:
        if title_tokens[-1] == "General" and title_tokens[-2:-1] == ["Governor"]:
            break  # "Governor General" is the office, not a rank
        title_tokens.pop()
    while title_tokens and title_tokens[0][:1].islower():  # "co-chiefs of state Captains Regent"
        title_tokens.pop(0)
    title = " ".join(title_tokens).strip(" ,")
    if not title:  # "(presidency member since 2022)" says what the office is
        title = next((a.split(" since ")[0] for a in asides if " since " in a), "")
        title = title[:1].upper() + title[1:]
    name = name.replace(", Jr.", " Jr.")
    surname = " ".join(
        normal_case(t, opens_surname=i == surname_start, regnal=_roman_after_name(tokens, i))
        for i, t in enumerate(tokens)
        if surname_start <= i <= last_caps
    ).strip(" ,")
    aliases = [respelled(name, v) for v in variants]
    return FactbookHolder("holder", title, name, since, aliases, surname)


def _roman_after_name(tokens: list[str], at: int) -> bool:
    """A regnal number ("CHARLES III", "Sualauvi II") rather than a surname ("XI Jinping")."""
    return bool(_ROMAN.fullmatch(_core(tokens[at]))) and any(
        _is_caps(t) and not _ROMAN.fullmatch(_core(t)) for t in tokens[:at]
    )


def _is_given(token: str) -> bool:
    """A token before the surname that belongs to the name: a given name, an initial or a
    particle, not a title word, a rank ("Gen.") or a lower-case word ("of")."""
    if _is_title_word(token):
        return False
    return token[:1].isupper() or _is_particle(token)


def _is_particle(token: str) -> bool:
    """ "de", "bin", or a particle joined to a name ("al-Aziz")."""
    return re.split(r"[-'’]", token.lower())[0] in NAME_PARTICLES


def _is_trailing(token: str) -> bool:
    """A token after the surname that belongs to the name ("Al Saud", "II", "Jr.")."""
    return token[:1].isupper() or _is_particle(token)


def parse_executive(text: str, place_words: frozenset[str] = frozenset()) -> list[FactbookHolder]:
    """Everyone one executive-branch text names: the holder, co-holders ("and Co-prince ...",
    several members of a presidency), representatives ("represented by Governor General ...");
    notes are left out, and a text that names nobody in the Factbook's way is unparsed.
    ``place_words`` are the words of the country's names, which end a title ("President of the
    Government of Spain Pedro SANCHEZ")."""
    text = " ".join(html.unescape(_TAGS.sub(" ", text)).split())
    text = text.replace(", represented by", "; represented by")
    holders: list[FactbookHolder] = []
    for clause in split_top_level(text, ";"):
        lowered, status = clause.lower(), "co-holder" if holders else "holder"
        if lowered.startswith("represented by"):
            clause, status = clause[len("represented by") :].strip(), "representative"
        elif lowered.startswith("and "):
            clause = clause[4:]
        elif lowered.startswith("also spelled") and holders:
            variant = _asides(clause[len("also spelled") :])[0]
            holders[-1].aliases = [*holders[-1].aliases, respelled(holders[-1].name, variant)]
            holders[-1].since = holders[-1].since or factbook_date(clause)
            continue
        elif holders and (clause[:1].islower() or lowered.startswith(("note", "former"))):
            # A note ("also referred to as premier (since ...)"): only its date is used.
            holders[-1].since = holders[-1].since or factbook_date(" ".join(_asides(clause)[1]))
            continue
        people = split_top_level(clause, " and ")
        if len(people) > 1 and not any(map(_is_caps, _asides(people[0])[0].split())):
            people = [clause]  # "Prime Minister and Foreign Minister X": one title
        shared_since = factbook_date(" ".join(_asides(clause)[1]))
        for number, person in enumerate(people):
            found = parse_person(person, place_words)
            if found.status == "holder":
                found.status = status if number == 0 else "co-holder"
                found.title = found.title or (holders[-1].title if number else "")
                found.since = found.since or shared_since
            holders.append(found)
    return holders or [FactbookHolder("unparsed: empty")]


def respelled(name: str, variant: str) -> str:
    """The name with the word an "also spelled" variant replaces ("SONEXAY (also spelled
    SONXAI) Siphandon" -> "Sonxai Siphandon"); a variant of several words is the whole name."""
    words, variant = (
        name.split(),
        " ".join(normal_case(w, opens_surname=True) for w in variant.split()),
    )
    if len(variant.split()) > 1 or len(words) == 1:
        return variant
    closest = max(
        range(len(words)),
        key=lambda at: difflib.SequenceMatcher(None, words[at].lower(), variant.lower()).ratio(),
    )
    return " ".join(variant if at == closest else w for at, w in enumerate(words))


def import_factbook(mirrors: Path, out: Path, d: Dataset) -> int:
    """Heads of state and government of the UN member states, as the Factbook names them."""
    iso2_by_name, names_of = {}, defaultdict(list)
    with (out.parent / "countries" / "un-members.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for name in (row["name"], *row["other_names"].split("|")):
                if name:
                    iso2_by_name[name.casefold()] = row["iso2"]
                    names_of[row["iso2"]].append(name)
    iso2_by_name.update((k.casefold(), v) for k, v in FACTBOOK_COUNTRY_NAMES.items())
    rows = []
    for path in git_ls(mirrors, d, "."):
        if path.count("/") != 1 or not path.endswith(".json"):
            continue  # the country files are <region>/<fips>.json
        government = json.loads(git_show(mirrors, d, path)).get("Government") or {}
        forms = [
            html.unescape(value.get("text", ""))
            for key, value in (government.get("Country name") or {}).items()
            if key.endswith("form") and isinstance(value, dict)
        ]
        iso2 = next((iso2_by_name[f.casefold()] for f in forms if f.casefold() in iso2_by_name), "")
        if not iso2:
            continue  # a territory, an ocean or a region: not a UN member state
        place_words = frozenset(
            word.strip(",") for name in (*forms, *names_of[iso2]) for word in name.split()
        )
        executive = government.get("Executive branch") or {}
        fips = path.rsplit("/", 1)[1].removesuffix(".json")
        for key, office in FACTBOOK_OFFICES.items():
            text = (executive.get(key) or {}).get("text", "")
            found = (
                parse_executive(text, place_words)
                if text
                else [FactbookHolder("unparsed: no text")]
            )
            for holder in found:
                rows.append([iso2, fips, office, holder.status, holder.title, holder.name])
                rows[-1] += [holder.surname, "|".join(holder.aliases), holder.since]
    header = ["iso2", "fips", "office", "status", "title", "name", "surname", "aliases", "since"]
    return write_csv(out / "heads.csv", header, rows)


IMPORTERS: dict[str, Callable[[Path, Path, Dataset], int]] = {
    "telegram-ccd": import_telegram_ccd,
    "telegram-clusters": import_telegram_clusters,
    "lin2023": import_lin,
    "wp-rsp": import_rsp,
    "ofac-sdn": import_sdn,
    "sdn-websites": import_sdn_websites,
    "euvsdisinfo": import_euvsdisinfo,
    "congress": import_congress,
    "dotgov": import_dotgov,
    "supraverden": import_supraverden,
    "world-leaders": import_world_leaders,
    "rsf": import_rsf,
    "freedomhouse": import_freedomhouse,
    "pollsters": import_pollsters,
    "leaders-current": import_leaders_current,
    "foreign-ministers": import_foreign_ministers,
    "cabinets": import_cabinets,
    "factbook": import_factbook,
    "officeholders-history": import_officeholders_history,
    "world-leaders-history": import_world_leaders_history,
    "ifg-ministers": import_ifg_ministers,
}


def main() -> None:
    """Import every dataset (or those named) into ``data/``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirrors", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=Path(__file__).parent.parent / "data")
    parser.add_argument("only", nargs="*")
    args = parser.parse_args()
    for name, importer in IMPORTERS.items():
        if args.only and name not in args.only:
            continue
        out = args.data / name
        out.mkdir(parents=True, exist_ok=True)
        count = importer(args.mirrors, out, DATASETS[name])
        notice(out, DATASETS[name], count)
        print(f"{name}: {count} rows")


if __name__ == "__main__":
    main()
