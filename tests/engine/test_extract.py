"""Who said what, key figures and names: found by rules, every span slicing back."""

from __future__ import annotations

import dataclasses
import time

import pytest

from briefer.extract import ORGANISATION, OTHER, PERSON, PLACE
from briefer.extract.figures import find_figures
from briefer.extract.names import Mention, find_mentions, name_list
from briefer.extract.quotes import find_quotes
from briefer.pipeline import BriefOptions, brief_inputs
from briefer.read.plain import read_plain
from briefer.text.languages import get_language
from briefer.text.split import split_sentences
from briefer.text.words import lexicon_for
from tests.conftest import SAMPLE

ENGLISH = get_language("en")
STOP_WORDS = lexicon_for(ENGLISH).stop_words

# Written for this test in the style of wire copy: a full name, then "he said".
REPORT = (
    "Harbour workers in Portmere walked out on Monday over a pay offer.\n\n"
    "Union leader Thomas Okafor told a rally that 1,200 members had voted to strike. "
    "The port authority said it was disappointed.\n\n"
    "\u201cWe have been patient for two years and the offer is an insult,\u201d he said. "
    "\u201cNobody wants this, but we will not back down.\u201d\n\n"
    "The dispute has halted $40 million of cargo a day, and prices rose 3.5% in a week."
)


@pytest.fixture(scope="module")
def sample():
    return brief_inputs([SAMPLE])


def _parts(text: str, code: str = "en"):
    """Return the article of text, its sentences and its names' mentions, in a language."""
    language = get_language(code)
    article = read_plain(text)
    sentences = split_sentences(article, language)
    stop_words = lexicon_for(language).stop_words
    return article, sentences, find_mentions(article, sentences, stop_words, language=code)


def test_sample_quotes_have_their_speakers_and_slice_back(sample):
    text = sample.articles[0].text
    quotes = sample.brief.quotes
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
        assert text[quote.speaker_start : quote.speaker_end] == quote.speaker
        assert quote.cue_start < quote.cue_end
    said = {(q.name, q.text.split()[0]) for q in quotes}
    assert ("Marco Rubio", "There’s") in said
    assert ("Donald Trump", "We") in said
    approach = next(q for q in quotes if q.text.startswith("It’s a new"))
    assert approach.speaker == "Rubio"  # "he said", resolved to the earlier mention
    assert text[approach.cue_start : approach.cue_end] == "he said"
    assert not any(q.text in ("frank", "important", "meaningless.") for q in quotes)


def test_sample_figures_say_what_they_count(sample):
    text = sample.articles[0].text
    figures = {f.text: f for f in sample.brief.figures}
    assert "728 drones and missiles" in figures
    assert any(t.startswith("500% tariffs") for t in figures)
    for figure in sample.brief.figures:
        assert text[figure.start : figure.end] == figure.text
        assert text[figure.value_start : figure.value_end] == figure.value
    assert figures["728 drones and missiles"].value == "728"
    assert not any(f.value == "2022" for f in sample.brief.figures)  # a bare year


def test_sample_names_are_people_places_and_organisations(sample):
    text = sample.articles[0].text
    names = {n.name: n for n in sample.brief.names}
    for person in ("Lavrov", "Rubio", "Trump", "Putin", "Zelenskiy", "Kellogg"):
        assert any(n.endswith(person) and names[n].kind == PERSON for n in names), person
    assert names["Kuala Lumpur"].kind == PLACE
    assert names["Kremlin"].kind == ORGANISATION
    assert names["Marco Rubio"].count >= 7
    for name in sample.brief.names:
        assert text[name.start : name.end] == name.text
        assert all(text[s:e] for _, s, e in name.mentions)
        assert (name.source, name.start, name.end) == name.mentions[0]
    assert not {"Speaking", "There", "Meanwhile", "Thursday", "February"} & set(names)


def test_he_said_resolves_to_the_last_full_name():
    article, sentences, mentions = _parts(REPORT)
    quotes = find_quotes(article, sentences, mentions, "en")
    assert [q.name for q in quotes] == ["Thomas Okafor", "Thomas Okafor"]
    first, second = quotes
    assert first.speaker == "Thomas Okafor"
    assert article.text[first.speaker_start : first.speaker_end] == "Thomas Okafor"
    assert first.text == "We have been patient for two years and the offer is an insult"
    assert second.text.startswith("Nobody wants this")  # goes on from the attributed one


def test_a_sentence_with_no_quotation_gives_none():
    for text in (
        "The port authority said it was disappointed with the outcome.",
        "The so-called \u201cdeal\u201d was described as \u201cfair\u201d by observers.",
    ):
        article, sentences, mentions = _parts(text)
        assert find_quotes(article, sentences, mentions, "en") == []


def test_figures_of_a_report():
    article, sentences, _ = _parts(REPORT)
    figures = find_figures(article, sentences, 1, STOP_WORDS)
    found = {f.text: f.kind for f in figures}
    assert found["1,200 members"] == "count"
    assert found["$40 million of cargo a day"] == "money"
    assert found["3.5% in a week"] == "percent"
    assert find_figures(*_parts("Nothing here counts anything.")[:2]) == []


def test_dates_in_other_languages_are_dates_and_give_way_to_counts():
    text = (
        "Le vendredi 14 mars, 500 soldats ont été déployés à 400 kilomètres de la capitale. "
        "Le 22 de junio et le 3. Oktober sont aussi des dates."
    )
    article, sentences, _ = _parts(text, "fr")
    stop = lexicon_for(get_language("fr")).stop_words
    found = {f.text: f.kind for f in find_figures(article, sentences, 1, stop)}
    assert found == {
        "vendredi 14 mars": "date",
        "500 soldats": "count",
        "400 kilomètres de la capitale": "count",
        "22 de junio": "date",
        "3. Oktober": "date",
    }


def test_key_figures_leave_out_dates_before_counts():
    from briefer.extract.collect import MAX_FIGURES, key_figures

    counts = " ".join(f"Team {n} sent {10 + n} boats." for n in range(MAX_FIGURES))
    article, sentences, _ = _parts(f"The race began on April 9. {counts} It ended on May 2.")
    figures = find_figures(article, sentences, 1, STOP_WORDS)
    assert {f.kind for f in figures} == {"date", "count"}
    kept = key_figures(figures, lambda source, sentence: sentence)  # earlier ranks better
    assert [f.kind for f in kept] == ["count"] * MAX_FIGURES


def test_a_french_clause_after_a_figure_is_not_what_it_counts():
    article, sentences, _ = _parts("Cela fait 48 heures qu'il presse ainsi la ministre.", "fr")
    stop = lexicon_for(get_language("fr")).stop_words
    assert [f.text for f in find_figures(article, sentences, 1, stop)] == ["48 heures"]


def test_what_a_figure_counts_ends_before_a_verb_in_ing_but_not_a_noun():
    article, sentences, _ = _parts(
        "Crews spend £6 million a year collecting litter. Police found 18 cats living in "
        "a flat. Fires left a 100 metre-wide black ring of smoke. The city owns 21.8% of "
        "the total social housing stock after 20 years of fighting."
    )
    assert [f.text for f in find_figures(article, sentences, 1, STOP_WORDS)] == [
        "£6 million a year",
        "18 cats",
        "100 metre-wide black ring of smoke",
        "21.8% of the total social housing",
        "20 years of fighting",
    ]


def test_a_french_number_with_spaces_between_its_thousands_is_one_figure():
    article, sentences, _ = _parts(
        "Selon lui, 7 000 tonnes de céréales seraient envoyées. Quelque 600\u00a0000 fidèles "
        "dont les trois évêques sont venus.",
        "fr",
    )
    stop = lexicon_for(get_language("fr")).stop_words
    assert [f.text for f in find_figures(article, sentences, 1, stop)] == [
        "7 000 tonnes de céréales",
        "600\u00a0000 fidèles",
    ]


def test_a_score_is_one_figure_and_the_second_number_of_a_time_none():
    text = "Paris verteidigt eine 2:1-Führung, nach 1:42.842 Minuten lag Rosberg vorn."
    article, sentences, _ = _parts(text, "de")
    assert [f.text for f in find_figures(article, sentences, 1, STOP_WORDS)] == ["2:1-Führung"]


def test_a_number_followed_by_a_preposition_counts_nothing_said():
    article, sentences, _ = _parts("Police held 17 in connection with the attacks on Friday.")
    assert find_figures(article, sentences, 1, STOP_WORDS) == []


def test_a_time_before_a_speech_verb_is_not_the_speaker():
    article, sentences, mentions = _parts(
        "In June, he posted a call to attack the West, saying: \u201cThose dogs are "
        "attacking our civilians everywhere.\u201d"
    )
    assert [q.speaker for q in find_quotes(article, sentences, mentions, "en")] == []


def test_a_role_between_a_quotation_and_the_name_after_it_leaves_the_name_the_speaker():
    article, sentences, mentions = _parts(
        "'Hope you recover soon,' one fan wrote. The Hawks play the Nets tonight. "
        "'We are aware of the situation this morning,' Hawks spokesperson Garin Narain told "
        "reporters. 'We will win this game tonight,' coach Mike Brown said."
    )
    quotes = find_quotes(article, sentences, mentions, "en")
    assert [q.speaker for q in quotes] == ["one fan", "Garin Narain", "Mike Brown"]
    narain = quotes[1]
    assert article.text[narain.speaker_start : narain.speaker_end] == "Garin Narain"


def test_figures_deep_in_a_long_text_cost_their_sentences_not_the_text():
    report = " ".join(
        f"Leon Yeaman, {k}, said it idled {k},200 members of the union and {k}00 of a."
        for k in range(20, 2020)
    )
    filler = "Filler words go on here. " * 80_000  # 2 MB before the figures, 2 MB after
    article = read_plain(filler + "\n\n" + report + "\n\n" + filler)
    offset = article.text.index("Leon Yeaman")
    sentences = [
        dataclasses.replace(s, start=s.start + offset, end=s.end + offset)
        for s in split_sentences(read_plain(report), ENGLISH)
    ]
    started = time.perf_counter()
    figures = find_figures(article, sentences, 1, STOP_WORDS)
    assert time.perf_counter() - started < 1.0  # copying the text around each took 5 s
    assert [f.text for f in figures[:2]] == ["Leon Yeaman, 20", "20,200 members of the union"]


def test_names_of_a_report_count_every_mention():
    article, sentences, mentions = _parts(REPORT + "\n\nOkafor said talks would resume.")
    names = {n.name: n for n in name_list(mentions, 1)}
    assert names["Thomas Okafor"].count == 2
    assert names["Thomas Okafor"].kind == PERSON
    assert "Monday" not in names and "Union" not in names


def test_a_port_is_a_place_and_its_namesake_an_organisation_not_people():
    text = (
        "Ships queued outside Port Kessel on Tuesday as the strike went on.\n\n"
        "Kessel Stevedores, who load most of the cargo, refused a new offer. "
        "Their spokeswoman Ines Varga said the talks were over. "
        "Fort Ardley and Lake Orrin were quiet."
    )
    article, sentences, mentions = _parts(text)
    kinds = {n.name: n.kind for n in name_list(mentions, 1)}
    assert kinds["Port Kessel"] == PLACE
    assert kinds["Fort Ardley"] == PLACE and kinds["Lake Orrin"] == PLACE
    assert kinds["Kessel Stevedores"] == ORGANISATION
    assert kinds["Ines Varga"] == PERSON


def _kinds(text: str, code: str) -> dict[str, str]:
    return {n.name: n.kind for n in name_list(_parts(text, code)[2], 1)}


def test_places_and_organisations_in_other_languages_are_not_people():
    kinds = _kinds(
        "A ajuda dos Estados Unidos chegou às Ilhas Cayman na terça-feira. "
        "O Centro Nacional de Furacões e as Nações Unidas pediram calma aos moradores.",
        "pt",
    )
    assert kinds["Estados Unidos"] == PLACE and kinds["Ilhas Cayman"] == PLACE
    assert kinds["Centro Nacional de Furacões"] == ORGANISATION
    assert kinds["Nações Unidas"] == ORGANISATION
    kinds = _kinds(
        "A polícia isolou o Estádio Olímpico e a Rua Augusta. A Casa Branca e o Colégio "
        "Columbine lembraram as vítimas.",
        "pt",
    )
    assert kinds["Estádio Olímpico"] == PLACE and kinds["Rua Augusta"] == PLACE
    assert kinds["Casa Branca"] == ORGANISATION and kinds["Colégio Columbine"] == ORGANISATION
    kinds = _kinds(
        "Segundo Jáder Barbalho, o Fundo Social de Emergência acaba em junho. O senador "
        "Jáder Barbalho votou contra.",
        "pt",
    )
    assert kinds == {"Jáder Barbalho": PERSON, "Fundo Social de Emergência": ORGANISATION}


def test_a_name_after_an_elided_article_starts_after_it():
    article, sentences, mentions = _parts(
        "La secrétaire d'État aux Droits de l'Homme Rama Yade était à Paris. "
        "Mme Yade a reçu les familles.",
        "fr",
    )
    people = {n.name: n.count for n in name_list(mentions, 1) if n.kind == PERSON}
    assert people == {"Rama Yade": 2}
    article, sentences, mentions = _parts(
        "Le trader Jérôme Kerviel est incarcéré. L'avocate de Kerviel a fait appel.", "fr"
    )
    people = {n.name: n.count for n in name_list(mentions, 1) if n.kind == PERSON}
    assert people == {"Jérôme Kerviel": 2}
    kinds = _kinds("Le ministre a parlé, selon l'Agence France-Presse et l'Institut Pasteur.", "fr")
    assert kinds == {"Agence France-Presse": ORGANISATION, "Institut Pasteur": ORGANISATION}


def test_hyphenated_names_are_whole_and_a_hyphenated_title_is_a_title():
    kinds = _kinds(
        "Le Premier ministre Jean-Marc Ayrault a reçu Michèle Alliot-Marie aux Etats-Unis.",
        "fr",
    )
    assert kinds == {
        "Jean-Marc Ayrault": PERSON,
        "Michèle Alliot-Marie": PERSON,
        "Etats-Unis": PLACE,
    }
    kinds = _kinds(
        "US Vice-President Joe Biden met the World Anti-Doping Agency, Agence France-Presse "
        "reported.",
        "en",
    )
    assert kinds == {
        "US": PLACE,
        "Joe Biden": PERSON,
        "World Anti-Doping Agency": ORGANISATION,
        "Agence France-Presse": ORGANISATION,
    }


def test_armed_forces_are_organisations_and_a_dateline_in_capitals_is_a_place():
    kinds = _kinds(
        "MIAMI - A Força Aérea de Cuba abateu dois aviões. A Guarda Costeira procurou "
        "os tripulantes.",
        "pt",
    )
    assert kinds == {
        "MIAMI": PLACE,
        "Força Aérea de Cuba": ORGANISATION,
        "Guarda Costeira": ORGANISATION,
    }


def test_a_team_named_after_a_place_is_an_organisation_and_its_nickname_a_mention_of_it():
    text = (
        "Chris Copeland of the Indiana Pacers was hurt, and two players of the Atlanta Hawks "
        "were held. The Hawks said they were gathering information. Georgia Harris saw it."
    )
    names = {n.name: n for n in name_list(_parts(text, "en")[2], 1)}
    assert names["Indiana Pacers"].kind == ORGANISATION
    assert names["Atlanta Hawks"].kind == ORGANISATION and names["Atlanta Hawks"].count == 2
    assert "Hawks" not in names
    assert names["Chris Copeland"].kind == PERSON and names["Georgia Harris"].kind == PERSON


def test_cities_named_after_saints_or_with_city_are_places():
    text = "Six men from San Diego and New York City were charged. São Paulo and Santa Monica wait."
    kinds = _kinds(text, "en")
    assert kinds["San Diego"] == PLACE and kinds["New York City"] == PLACE
    assert kinds["São Paulo"] == PLACE and kinds["Santa Monica"] == PLACE


def test_an_attorney_or_an_agent_is_a_title_before_the_name():
    text = "U.S. Attorney Andrew Luger spoke. FBI Special Agent Richard Thornton agreed."
    kinds = _kinds(text, "en")
    assert kinds.get("Andrew Luger") == PERSON and kinds.get("Richard Thornton") == PERSON
    assert not any("Attorney" in name or "Agent" in name for name in kinds)


def test_a_central_bank_a_broker_and_an_index_are_no_people():
    text = (
        "Shares fell after the Federal Reserve spoke, said Ken Polcari, managing director "
        "at ICAP Equities. The CBOE Volatility Index rose."
    )
    kinds = _kinds(text, "en")
    assert kinds["Federal Reserve"] == ORGANISATION and kinds["ICAP Equities"] == ORGANISATION
    assert kinds.get("CBOE Volatility Index") != PERSON and kinds["Ken Polcari"] == PERSON


def test_a_name_whose_mentions_tie_between_kinds_takes_its_first_mentions_kind():
    for first, second in ((ORGANISATION, PERSON), (PERSON, ORGANISATION)):
        mentions = [
            Mention(0, 11, "Philippines", first, 0),
            Mention(20, 31, "Philippines", second, 1),
        ]
        assert [n.kind for n in name_list(mentions, 1)] == [first]


def test_a_datelines_place_is_a_name_printed_against_the_first_sentence():
    text = "MIAMI - A Guarda Costeira procurou os tripulantes."
    article, sentences, mentions = _parts(text, "pt")
    assert sentences[0].text == "A Guarda Costeira procurou os tripulantes."
    miami = next(n for n in name_list(mentions, 1) if n.name == "MIAMI")
    assert article.text[miami.start : miami.end] == "MIAMI" and miami.sentence == 0


def test_a_paper_or_club_opening_with_an_article_is_no_person_but_a_surname_with_one_is():
    kinds = _kinds(
        "Marine Le Pen told Le Monde and The Wall Street Journal that La Liga was wrong. "
        "Le Pen left for Paris.",
        "en",
    )
    assert kinds["Le Monde"] == ORGANISATION and kinds["La Liga"] == ORGANISATION
    assert kinds["The Wall Street Journal"] == ORGANISATION
    assert kinds["Marine Le Pen"] == PERSON and kinds["Le Pen"] == PERSON
    assert _kinds("The court in The Hague ruled on Monday.", "en") == {"The Hague": PLACE}


def test_les_opens_a_french_paper_or_team_but_an_english_first_name():
    assert _kinds("Selon Les Echos, Didier Deschamps a parlé.", "fr") == {
        "Les Echos": ORGANISATION,
        "Didier Deschamps": PERSON,
    }
    assert _kinds("Former striker Les Ferdinand spoke.", "en") == {"Les Ferdinand": PERSON}


def test_a_count_of_people_is_no_name():
    article, sentences, mentions = _parts(
        "On board were Seven Indonesians and Two Canadians, said Andrew Brookes."
    )
    assert [n.name for n in name_list(mentions, 1)] == ["Andrew Brookes"]


def test_a_port_authority_is_an_organisation():
    article, sentences, mentions = _parts("Officials of the Port Authority met on Monday.")
    assert {n.name: n.kind for n in name_list(mentions, 1)}["Port Authority"] == ORGANISATION


def test_sections_turned_off_are_left_out():
    off = BriefOptions(quotes=False, figures=False, names=False)
    brief = brief_inputs([SAMPLE], off).brief
    assert brief.quotes == () and brief.figures == () and brief.names == ()
    only_names = brief_inputs([SAMPLE], BriefOptions(quotes=False, figures=False)).brief
    assert only_names.names and not only_names.quotes and not only_names.figures


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        (
            "de",
            "Kanzler Olaf Scholz kam nach Berlin. „Wir sind bereit zu verhandeln“, sagte er.",
            "Olaf Scholz",
        ),
        (
            "fr",
            "« Nous devons agir maintenant pour la paix », a déclaré Emmanuel Macron.",
            "Emmanuel Macron",
        ),
        ("es", "«Tenemos que actuar ahora mismo», dijo Pedro Sánchez en Madrid.", "Pedro Sánchez"),
        (
            "fr",
            "Le ministre Bernard Kouchner était lundi à Nantes. « Je ne sais pas ce que le "
            "gouvernement peut faire pour eux », a-t-il déclaré devant les élus.",
            "Bernard Kouchner",
        ),
        (
            "fr",
            "La secrétaire d'État Rama Yade a reçu les familles. « Nous resterons fermes "
            "sur ce point, quoi qu'il arrive », dit-elle.",
            "Rama Yade",
        ),
        (
            "fr",
            "Le trader a notamment affirmé avoir « demandé à son assistant de saisir des "
            "transactions fictives ».",
            "Le trader",
        ),
        # a speaker after the verb ends where the words say where or when
        (
            "fr",
            "« Je suis prêt à discuter avec tout le monde », a affirmé le porte-parole du "
            "gouvernement lors d'un point de presse.",
            "le porte-parole du gouvernement",
        ),
        (
            "fr",
            "« Je suis libre de mon agenda et je le resterai », avait déclaré le chef de "
            "l'Etat au cours d'une conférence de presse.",
            "le chef de l'Etat",
        ),
        (
            "es",
            "«No habrá más retrasos en las obras», dijo el ministro de Hacienda durante una "
            "rueda de prensa.",
            "el ministro de Hacienda",
        ),
        (
            "pt",
            "“Vamos votar a proposta amanhã de manhã”, disse a presidente da comissão durante "
            "a sessão.",
            "a presidente da comissão",
        ),
        (
            "it",
            "«Non ci saranno altri ritardi nei lavori», ha detto il ministro dell'Economia "
            "durante una conferenza stampa.",
            "il ministro dell'Economia",
        ),
        (
            "de",
            "„Wir haben keine andere Wahl mehr“, sagte der Sprecher des Ministeriums am Montag "
            "in Berlin.",
            "der Sprecher des Ministeriums",
        ),
        (
            "fr",
            "« Nous reviendrons ici la semaine prochaine », a déclaré vendredi le maire de la "
            "ville.",
            "le maire de la ville",
        ),
        (
            "fr",
            "« Nous avons parlé longuement avec lui », a déclaré à l'AFP Marie Dupont, "
            "directrice du festival.",
            "Marie Dupont",
        ),
    ],
)
def test_quotations_in_other_languages(code, text, speaker):
    article, sentences, mentions = _parts(text, code)
    quotes = find_quotes(article, sentences, mentions, code)
    assert [q.name for q in quotes] == [speaker]
    assert article.text[quotes[0].start : quotes[0].end] == quotes[0].text


def test_a_place_after_the_verb_is_no_speaker():
    text = "“Nós estamos aqui para ajudar a polícia da cidade”, disse no aeroporto."
    article, sentences, mentions = _parts(text, "pt")
    assert find_quotes(article, sentences, mentions, "pt") == []


def test_a_language_without_speech_verbs_gives_no_quotations():
    article, sentences, mentions = _parts(REPORT)
    assert find_quotes(article, sentences, mentions, "el") == []


def test_a_closing_mark_moved_past_the_paragraph_break_closes_the_quotation_before():
    article, sentences, mentions = _parts(
        "Defence Minister Anna Berg visited the port on Friday.\n\n"
        '"We shipped the first load to the coast on Monday," Berg said. "The second load '
        'was stopped by fire on the road.\n\n"She added: "This is a serious matter and we '
        "will not give up."
    )
    quotes = find_quotes(article, sentences, mentions, "en")
    assert [(q.name, q.text) for q in quotes] == [
        ("Anna Berg", "We shipped the first load to the coast on Monday"),
        ("Anna Berg", "The second load was stopped by fire on the road."),
        ("Anna Berg", "This is a serious matter and we will not give up."),
    ]


def test_she_who_did_something_and_said_is_the_speaker():
    article, sentences, mentions = _parts(
        "Maria Lopez lost her brother in the fire.\n\nShe has campaigned for a new inquiry "
        'for years, and said: "I warned them that this would happen again."'
    )
    quotes = find_quotes(article, sentences, mentions, "en")
    assert [(q.name, q.text) for q in quotes] == [
        ("Maria Lopez", "I warned them that this would happen again.")
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "But Deputy Minister Tomas Weller issued a statement saying: "
            '"We demand to see all of the evidence now."',
            "Tomas Weller",
        ),
        (
            'The ministry released a statement saying: "The talks will go on next week as '
            'planned."',
            "The ministry",
        ),
    ],
)
def test_who_issued_a_statement_is_its_speaker(text, name):
    article, sentences, mentions = _parts(text)
    assert [q.name for q in find_quotes(article, sentences, mentions, "en")] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "“We will not back down from this fight at all,’’ Mayor Jane Holt said on Tuesday.",
        "``We will not back down from this fight at all,'' Mayor Jane Holt said on Tuesday.",
    ],
)
def test_the_wires_doubled_single_marks_close_a_quotation(text):
    article, sentences, mentions = _parts(text)
    quotes = find_quotes(article, sentences, mentions, "en")
    assert [(q.name, q.text) for q in quotes] == [
        ("Jane Holt", "We will not back down from this fight at all")
    ]
    assert article.text[quotes[0].start : quotes[0].end] == quotes[0].text


def test_a_surname_stands_for_a_name_with_a_suffix():
    text = (
        "Police arrested Kenneth Morgan Stancil III on Monday.\n\n"
        "\u201cI knew I would get caught in the end,\u201d Stancil said in the interview."
    )
    article, sentences, mentions = _parts(text)
    quotes = find_quotes(article, sentences, mentions, "en")
    assert [q.name for q in quotes] == ["Kenneth Morgan Stancil III"]
    assert quotes[0].speaker == "Stancil"


def test_names_with_everyday_words_are_kept_and_titles_of_works_left_out():
    text = (
        "The United States and the White House said the Supreme Court would rule. Many "
        "states and the house agreed, the court said. His book, Child Promise Me You Will "
        "Shoot Yourself, sold well."
    )
    article, sentences, mentions = _parts(text)
    names = {n.name: n.kind for n in name_list(mentions, 1, article.text)}
    assert names == {
        "United States": PLACE,
        "White House": ORGANISATION,
        "Supreme Court": ORGANISATION,
    }


def test_a_name_with_a_particle_is_one_name():
    article, sentences, mentions = _parts("Russia backs President Bashar al-Assad in the war.")
    people = [n.name for n in name_list(mentions, 1, article.text) if n.kind == PERSON]
    assert people == ["Bashar al-Assad"]


def test_a_gulf_of_somewhere_is_a_place_a_branch_an_organisation_and_a_time_zone_no_name():
    kinds = _kinds(
        "Debris was seen in the Gulf of Varna at 0300 GMT, and Sea Breeze Holidays cancelled "
        "its trips. The Marine Accidents Investigation Branch sent a team to the Strait of "
        "Orrin at 1400 UTC.",
        "en",
    )
    assert kinds["Gulf of Varna"] == PLACE
    assert kinds["Strait of Orrin"] == PLACE
    assert kinds["Marine Accidents Investigation Branch"] == ORGANISATION
    assert kinds.get("Sea Breeze Holidays") != PLACE  # "Sea" opens a place only before "of"
    assert "GMT" not in kinds and "UTC" not in kinds


@pytest.mark.parametrize(
    ("code", "text", "agency"),
    [
        (
            "fr",
            "Samedi soir, l'agence de presse Chine Nouvelle avait jugé la rencontre imprudente. "
            "Le président Paul Dubois a répondu lundi.",
            "Chine Nouvelle",
        ),
        (
            "en",
            "The state news agency Korea Central said the test was a success, according to "
            "Mark Owen.",
            "Korea Central",
        ),
    ],
)
def test_a_name_after_news_agency_is_an_organisation(code, text, agency):
    kinds = _kinds(text, code)
    assert kinds[agency] == ORGANISATION
    assert PERSON in kinds.values()  # the person named beside it stays one


def test_stations_counties_and_museums_are_places_and_a_new_year_no_one():
    kinds = _kinds(
        "Crowds left Shandao Station for the Natural History Museum during Chinese New "
        "Year. Striker Ross Draper scored twice as Ross County won in Tarrant County, near "
        "Niagara Falls. The British Geological Survey recorded the tremor.",
        "en",
    )
    assert kinds == {
        "Shandao Station": PLACE,
        "Natural History Museum": PLACE,
        "Chinese New Year": OTHER,
        "Ross Draper": PERSON,  # "Ross" of a county (named after people) makes no club
        "Ross County": PLACE,
        "Tarrant County": PLACE,
        "Niagara Falls": PLACE,
        "British Geological Survey": ORGANISATION,
    }


def test_football_clubs_are_organisations_not_people():
    kinds = _kinds(
        "Rhys Browne scored as Macclesfield Town beat Aston Villa, and West Bromwich "
        "Albion drew with Tottenham Hotspur. It was the toast of the town, Scotland Yard "
        "said.",
        "en",
    )
    assert kinds == {
        "Scotland Yard": ORGANISATION,
        "Rhys Browne": PERSON,
        "Macclesfield Town": ORGANISATION,
        "Aston Villa": ORGANISATION,
        "West Bromwich Albion": ORGANISATION,
        "Tottenham Hotspur": ORGANISATION,
    }


def test_a_name_keeps_its_particle_and_the_article_after_it():
    kinds = _kinds(
        "Commission President Ursula von der Leyen met Pieter van den Berg. "
        "Ludwig Mies van der Rohe built it.",
        "en",
    )
    assert kinds == {
        "Ursula von der Leyen": PERSON,
        "Pieter van den Berg": PERSON,
        "Ludwig Mies van der Rohe": PERSON,
    }


def test_german_common_nouns_and_roles_are_no_people():
    kinds = _kinds(
        "Wien – Die Wohnhölle der Putzkraft Erna ist dreckig, sagte Regisseur David Bösch "
        "im Wiener Akademietheater. Die Inszenierung von David Bösch gefiel. "
        "ÖBB-Chef Christian Kern traf Ursula von der Leyen. Der Kern der Sache blieb. "
        "Die Deutsche Bank meldete Gewinne.",
        "de",
    )
    people = sorted(name for name, kind in kinds.items() if kind == PERSON)
    assert people == ["Christian Kern", "David Bösch", "Ursula von der Leyen"]
    assert kinds["Deutsche Bank"] == ORGANISATION
    assert not any("Putzkraft" in name or "Wohnhölle" in name for name in kinds)
