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
from collections.abc import Callable, Iterable
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
        "2022-08-02",
        "Wikidata query results (Wikidata is CC0), as kept by EveryPolitician's per-country "
        "cabinet scrapers: everyone who held each office since 2000, with start and end dates, as "
        "Wikidata had them on the date in each row (2022-03-26 to 2022-08-02).",
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

#: The last change to html/holders21.csv in each cabinet repository above (ISO alpha-2 ->
#: commit, its date): the holders of each office since 2000, with start and end dates.
HOLDERS21 = {
    "AL": ("e8d362eb360459d1ffad1dbf5eec480294ef4746", "2022-08-02"),
    "AR": ("40c15a392ad06119ac7fe5004719299738badff8", "2022-07-09"),
    "AU": ("4c35a6ef087d076eb343b6177814574b2d6e43b8", "2022-07-30"),
    "AT": ("fcf8b30dbbcd4abd03a958c6efa2e7f198049791", "2022-08-02"),
    "BY": ("4ac64498aa425042e9c057f66135d92e7a36a0d0", "2022-08-02"),
    "BE": ("42cea07f77083cb728799e9676ad591b9cc39ce2", "2022-07-22"),
    "BR": ("d18552e35c34ff2a7ce3fdfb06281c3fb75b6c5d", "2022-07-17"),
    "BG": ("c73f57df414ddac8cc5e5401658add60003547bd", "2022-07-20"),
    "CA": ("689f3d2e1b101783b74f07c07b373d5b1ef71f46", "2022-07-16"),
    "CN": ("202317c29f7839fe25674187c29a751e72f4c8bf", "2022-07-11"),
    "HR": ("0438f57523f6972f4b68c82792d90e910866c6c0", "2022-07-17"),
    "CY": ("5fcbf4d37e23e62f820666403beb77e72c2f9916", "2022-08-02"),
    "CZ": ("ca4ee1ed5b241e3c6a76db41129db07a7700a97b", "2022-07-09"),
    "DK": ("020673d5b1c69be18f2a056a81cfb472d2997614", "2022-07-25"),
    "EE": ("688b4103f7a24862798f9037865bef8ad027501f", "2022-07-19"),
    "FI": ("3f060791e48fcdcfda8d5df136266c3edb0ed6bf", "2022-07-29"),
    "FR": ("c42ef8288a0ebe52369646ec9d1da485f8689bdf", "2022-07-23"),
    "GR": ("c85ed597590e7990b7d1a9d69e46b258bb17a7fe", "2022-07-16"),
    "HU": ("2b2dedd5b2b0c3626e72b8f42d9484596a028c66", "2022-07-16"),
    "IS": ("b32c65c8261b765ebd5ea8c5466c544be4e20378", "2022-03-26"),
    "IN": ("aeea9df210db37aa2c9939bafd1d57762e535c0e", "2022-07-22"),
    "ID": ("2e9b6ffe30a5fc216c19d96dea4bb021e4639beb", "2022-07-23"),
    "IR": ("4adcbb7c2a1873fd15ed46b92bc13c3c5bbf5a40", "2022-07-05"),
    "IE": ("9823aba2660535dc7b18848f882e85ccb74d75dd", "2022-07-16"),
    "IL": ("9cb111a2948f2821b768a88a3511771bd524b791", "2022-07-27"),
    "IT": ("bd8b7afbebede0974fd6cda4c4c24835cdf5b21a", "2022-07-22"),
    "JP": ("10f15aff63cef9bb64bf511d2702fd9f8d6f1793", "2022-07-21"),
    "LV": ("11aa6f928d5aaaa77f1c56f4277f61141ec14b6c", "2022-06-20"),
    "LT": ("7e0ca64b58304fbc230ecc1300edb8b7cbd05950", "2022-08-02"),
    "LU": ("8e3c1d0a89469c7d82d6e8ea036aeb7e60d73b20", "2022-06-28"),
    "MT": ("6eab53eca8d0a95f2f52975a5f7611275dbf7a84", "2022-07-16"),
    "MX": ("d41448dbccfdc3935ef48673df30a55a7b1ca98b", "2022-07-16"),
    "ME": ("a22624c14fc9bc64fc28e657920f206e487d2bb4", "2022-07-21"),
    "NL": ("1cfefeff7d30a53d87ddc3951e6470b9c4e55f99", "2022-08-02"),
    "MK": ("6b2dbc43cce6ff86c47a5d4813c1983d636f55b7", "2022-07-27"),
    "NO": ("1d8aa601e462c42e97745444716e97d48510d3e0", "2022-07-27"),
    "PL": ("c6b228df3eed6e9ba89f02bf424f870a66ea47a6", "2022-07-22"),
    "PT": ("49dd0287a8d715a217ba067c04d574b2632864af", "2022-08-02"),
    "RO": ("abf88666caa1d86c68f1326d3a9f844d5ddb16a3", "2022-08-02"),
    "RU": ("e93819b7dae3c4f975d27250a9c7a897cbe4a874", "2022-08-02"),
    "SA": ("a72d2fa74dfe14b372b560f20ccece73ca151e94", "2022-07-23"),
    "SK": ("805bef14724fc370d548ff09616b504b236e27b6", "2022-08-02"),
    "SI": ("ab0dbb240de2d835cb7fec00e647781179365525", "2022-08-02"),
    "ZA": ("5fbdb99192f6c28937ccbe2096d39c04ab943b98", "2022-07-28"),
    "KR": ("b4fd71da39c935678db43db005746b41aadd1006", "2022-08-02"),
    "ES": ("66b35bbd94f3d72085130cc2f48d865363e6dbc5", "2022-07-22"),
    "SE": ("6289025f1bbbbfc27f30f164de16119f1ec81d20", "2022-07-11"),
    "TR": ("65902a9c8a66ff57e1102e3a8c5f91ac9a740375", "2022-08-02"),
    "UA": ("df4c5c184e1d83f09963ce7ed9687075c764d7e1", "2022-07-22"),
    "GB": ("3a5ec686630cbefc0fe4b96da38a2a50b52d2556", "2022-07-23"),
    "US": ("bbc02151b69a7fd9c767566c7ea398726698e186", "2022-08-02"),
}


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


def import_cabinets(mirrors: Path, out: Path, d: Dataset) -> int:
    rows = []
    for iso2, repo, commit, date in CABINETS:
        source = Dataset(d.name, repo, commit, date, d.licence, d.kept)
        text = git_show(mirrors, source, "html/current.csv").decode()
        for r in csv.DictReader(io.StringIO(text)):
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
    for iso2, repo, _, _ in CABINETS:
        commit, date = HOLDERS21[iso2]
        source = Dataset(d.name, repo, commit, date, d.licence, d.kept)
        text = git_show(mirrors, source, "html/holders21.csv").decode()
        for r in csv.DictReader(io.StringIO(text)):
            title = r["position"]
            if not r["person"] or not (
                HISTORY_POSITIONS.fullmatch(title) or CABINET_POSITIONS.search(title)
            ):
                continue
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
