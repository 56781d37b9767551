# ruff: noqa: E501 - table rows hold whole real sentences and their source URLs
"""Table-driven tests of French and Spanish figure extraction and English rendering.

Every sentence is a real news sentence (source URL in the comment above it); the figures cover
money, percentages and percentage points, counts with nouns and qualifiers, dates and date
ranges, clock times, years, ordinals, measures and number words.
"""

from __future__ import annotations

import pytest

from summarizer.figures import FIGURE_LANGUAGES, extract_figures
from summarizer.figures.extract import available_languages

LAPRESSE = "https://www.lapresse.ca/international/asie-et-oceanie/2023-10-13/la-coree-du-nord-a-livre-du-materiel-militaire-a-la-russie-selon-la-maison-blanche.php"
KBS_FR = "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=84101&lang=f"
KBS_FR2 = "http://world.kbs.co.kr/service/news_view.htm?lang=f&Seq_Code=84093"
PRAVDA = "https://francais.news-pravda.com/world/2024/03/19/94510.html"
J24 = "https://www.24jours.com/la-coree-du-nord-a-envoye-6-700-conteneurs-transportant-des-millions-de-munitions-vers-la-russie/"
CNEWS = "https://www.cnews.fr/monde/2023-10-13/guerre-en-ukraine-les-etats-unis-accusent-la-coree-du-nord-de-livrer-plus-de-mille"
INSEE = "https://www.insee.fr/fr/statistiques/4500483"
YOUSCRIBE = "http://www.youscribe.com/catalogue/etudes-et-statistiques/savoirs/sciences-humaines-et-sociales/la-consommation-des-menages-en-1998-un-fort-soutien-a-la-1960485"
LEVIF = "https://initiedelabourse.levif.be/bourse/avis/actions/trimestre-decevant-pour-tessenderlo-group/article-normal-750627.html"
PALACES = "https://journaldespalaces.com/communique-31347-accor-chiffre-d-affaires-du-3eme-trimestre-2010-.html"
FRANCESOIR = (
    "https://www.francesoir.fr/politique-france/weekend-du-2-octobre-manifestations-recapitulatif"
)
LINTERNAUTE = "https://www.linternaute.com/actualite/societe/8919427-carte-manifestations-de-2octobre-ou-sont-les-corteges-a-paris-et-dans-toute-la-france/"
LINTERNAUTE_MAI = "https://www.linternaute.com/actualite/societe/2937727-manifestations-du-1er-mai-paris-marseille-les-parcours/"
FRANCEBLEU = "https://www.francebleu.fr/infos/culture-loisirs/match-manifestations-fetes-les-rendez-vous-et-les-perturbations-a-prevoir-ce-week-end-a-paris-1066892"
ATTRAP = "https://attrap.fr/raa/b8458e7e174f46b9672134c95f7bd8bbae515559ae0895690235e0275122837b"
PLEINAIR = "https://pleinair.net/actualites/item/10772-france-economie-l-inflation-repart-a-la-hausse-en-decembre"
ZINFOS = "https://www.zinfos974.com/10h-1-000-a-1-500-personnes-dans-le-chef-lieu_a21991.html"
SOLEIL = "http://www.lapresse.ca/le-soleil/actualites/chroniques/jean-simon-gagne/201706/22/01-5110072-autrement-dit.php"
ORANGE = "https://finance.orange.fr/bourse/point-de-seance/preouverture-paris-grandes-manoeuvres-dans-l-automobile-CNT000001kDoDn.html"
PERNOD = "https://www.zonebourse.com/cours/action/PERNOD-RICARD-4681/actualite/Pernod-Ricard-nbsp-croissance-de-19-1-du-CA-au-3eme-trimestre-33032070/"

# (source URL, sentence, figure, kind, value, English)
FR = [
    (LAPRESSE, "La Corée du Nord a livré dans les dernières semaines « plus de 1000 conteneurs » de matériel militaire et de munitions à la Russie",
     "plus de 1000 conteneurs", "count", 1000, "more than 1,000 containers"),
    (KBS_FR, "si l’on convertissait les armes remplissant plus de 1 000 conteneurs envoyés récemment par la Corée du Nord à la Russie en obus",
     "plus de 1 000 conteneurs", "count", 1000, "more than 1,000 containers"),
    (KBS_FR, "situé à Tikhoretsk, au nord de Krasnodar, à environ seulement 290 km de l’Ukraine.",
     "290 km", "measure", 290, "290 km"),
    (KBS_FR, "des navires russes sont entrés au port de Najin, au nord du 38e parallèle, pour transporter des grosses caisses métalliques.",
     "38e parallèle", "ordinal", 38, "38th parallel"),
    (PRAVDA, "a déclaré lors d'une conférence de presse le 18 mars que la RPDC avait envoyé 7 000 conteneurs de munitions",
     "18 mars", "date", "--03-18", "March 18"),
    (PRAVDA, "a déclaré lors d'une conférence de presse le 18 mars que la RPDC avait envoyé 7 000 conteneurs de munitions",
     "7 000 conteneurs", "count", 7000, "7,000 containers"),
    (PRAVDA, "Le chiffre précédent évoqué par ce responsable était de 5 000 conteneurs en décembre 2023.",
     "décembre 2023", "date", "2023-12", "December 2023"),
    (PRAVDA, "les États-Unis ont déjà dénombré plus de 10 000 conteneurs envoyés en Russie",
     "plus de 10 000 conteneurs", "count", 10000, "more than 10,000 containers"),
    (J24, "La Corée du Nord a envoyé environ 6.700 conteneurs transportant des millions de munitions vers la Russie",
     "environ 6.700 conteneurs", "count", 6700, "about 6,700 containers"),
    (J24, "La Corée du Nord a envoyé environ 6.700 conteneurs transportant des millions de munitions vers la Russie",
     "millions de munitions", "count", 1000000, "millions of munitions"),
    (J24, "les conteneurs pourraient transporter plus de trois millions d’obus d’artillerie de 152 mm ou 500 000 obus de 122 mm.",
     "plus de trois millions d’obus d’artillerie", "count", 3000000, "more than three million artillery shells"),
    (J24, "les conteneurs pourraient transporter plus de trois millions d’obus d’artillerie de 152 mm ou 500 000 obus de 122 mm.",
     "500 000 obus", "count", 500000, "500,000 shells"),
    (J24, "les conteneurs pourraient transporter plus de trois millions d’obus d’artillerie de 152 mm ou 500 000 obus de 122 mm.",
     "152 mm", "measure", 152, "152 mm"),
    (J24, "des centaines d’usines de munitions nord-coréennes fonctionnent à environ 30 % de leur capacité",
     "environ 30 %", "percent", 30, "about 30%"),
    (J24, "des centaines d’usines de munitions nord-coréennes fonctionnent à environ 30 % de leur capacité",
     "centaines d’usines", "count", 100, "hundreds of factories"),
    (CNEWS, "Ce vendredi 13 octobre, John Kirby, porte-parole du Conseil de sécurité nationale américain, a accusé la Corée du Nord d’avoir livré récemment «plus de mille conteneurs» de matériel militaire",
     "vendredi 13 octobre", "date", "--10-13", "Friday, October 13"),
    (CNEWS, "Ce vendredi 13 octobre, John Kirby, porte-parole du Conseil de sécurité nationale américain, a accusé la Corée du Nord d’avoir livré récemment «plus de mille conteneurs» de matériel militaire",
     "plus de mille conteneurs", "count", 1000, "more than a thousand containers"),
    (INSEE, "le produit intérieur brut (PIB) en euros constants s’accroît de 1,5 %, après + 1,8 % en 2018 et + 2,3 % en 2017.",
     "1,5 %", "percent", 1.5, "1.5%"),
    (INSEE, "le produit intérieur brut (PIB) en euros constants s’accroît de 1,5 %, après + 1,8 % en 2018 et + 2,3 % en 2017.",
     "+ 1,8 %", "percent", 1.8, "up 1.8%"),
    (INSEE, "le produit intérieur brut (PIB) en euros constants s’accroît de 1,5 %, après + 1,8 % en 2018 et + 2,3 % en 2017.",
     "2018", "year", 2018, "2018"),
    (INSEE, "leur taux d’épargne progresse pour atteindre 15,0 % en 2019.",
     "15,0 %", "percent", 15.0, "15.0%"),
    (YOUSCRIBE, "la croissance de la dépense de consommation des ménages a été la plus élevée depuis plus de dix ans : +3,4 % en volume en moyenne annuelle.",
     "+3,4 %", "percent", 3.4, "up 3.4%"),
    (YOUSCRIBE, "la croissance de la dépense de consommation des ménages a été la plus élevée depuis plus de dix ans : +3,4 % en volume en moyenne annuelle.",
     "plus de dix ans", "measure", 10, "more than ten years"),
    (LEVIF, "Le chiffre d'affaires (CA) du groupe s'est replié de 0,5%, à 376 millions d'euros.",
     "376 millions d'euros", "money", 376000000, "376 million euros"),
    (LEVIF, "Après neuf mois, la hausse ressort donc à 5,5%, à 1,3 milliard d'euros.",
     "1,3 milliard d'euros", "money", 1300000000, "1.3 billion euros"),
    (LEVIF, "Après neuf mois, la hausse ressort donc à 5,5%, à 1,3 milliard d'euros.",
     "neuf mois", "measure", 9, "nine months"),
    (PALACES, "Révision à la hausse de l’objectif 2010 de Résultat d’exploitation : entre 400 et 420 millions d’euros",
     "entre 400 et 420 millions d’euros", "money", {"from": 400000000, "to": 420000000},
     "between 400 and 420 million euros"),
    (PALACES, "Le chiffre d’affaires du Groupe à fin septembre 2010 s’établit à 4 429 millions d’euros, en hausse de +7,4%",
     "4 429 millions d’euros", "money", 4429000000, "4,429 million euros"),
    (PALACES, "Le chiffre d’affaires du Groupe à fin septembre 2010 s’établit à 4 429 millions d’euros, en hausse de +7,4%",
     "fin septembre 2010", "date", "2010-09", "late September 2010"),
    (PALACES, "Accélération de la croissance du chiffre d’affaires de l’Hôtellerie au troisième trimestre",
     "troisième trimestre", "ordinal", 3, "third quarter"),
    (PERNOD, "Le chiffre d'affaires pour le 3ème trimestre de l'exercice 2020/21 s'inscrit à 1 955 ME",
     "3ème trimestre", "ordinal", 3, "third quarter"),
    (PERNOD, "Le chiffre d'affaires pour le 3ème trimestre de l'exercice 2020/21 s'inscrit à 1 955 ME",
     "2020/21", "date_range", {"from": 2020, "to": 2021}, "2020/21"),
    (PERNOD, "L'acompte sur dividende de 1,33E par action sera mis en paiement le 9 juillet 2021.",
     "9 juillet 2021", "date", "2021-07-09", "July 9, 2021"),
    (FRANCESOIR, "De leur côté, les Gilets jaunes se réunissent à 12h30, place Denfert-Rochereau.",
     "12h30", "time", "12:30", "12:30 p.m."),
    (FRANCESOIR, "AJACCIO : 17 h 30 Gare", "17 h 30", "time", "17:30", "5:30 p.m."),
    (FRANCESOIR, "Sébastien Philippart quant à lui, donne rendez-vous à 13h place d’Italie.",
     "13h", "time", "13:00", "1:00 p.m."),
    (FRANCESOIR, "Publié le 01/10/2021 à 10:30", "01/10/2021", "date", "2021-10-01", "October 1, 2021"),
    (ORANGE, "la conférence de presse de Jerome Powell se tiendra à 20h30.",
     "20h30", "time", "20:30", "8:30 p.m."),
    (ORANGE, "Le communiqué monétaire sera publié à 20 heures ce soir",
     "20 heures", "time", "20:00", "8:00 p.m."),
    (LINTERNAUTE, "Lors de la manifestation précédente du 18 septembre, entre 500 000 et 1 million de personnes avaient rejoint les manifestations",
     "entre 500 000 et 1 million de personnes", "count", {"from": 500000, "to": 1000000},
     "between 500,000 and 1 million people"),
    (LINTERNAUTE, "les autorités s’attendent plutôt à une participation de 300 000 à 350 000 personnes, dont entre 20 000 et 40 000 à Paris.",
     "de 300 000 à 350 000 personnes", "count", {"from": 300000, "to": 350000},
     "300,000 to 350,000 people"),
    (LINTERNAUTE, "les autorités s’attendent plutôt à une participation de 300 000 à 350 000 personnes, dont entre 20 000 et 40 000 à Paris.",
     "entre 20 000 et 40 000", "number", {"from": 20000, "to": 40000}, "between 20,000 and 40,000"),
    (LINTERNAUTE, "76 000 policiers et gendarmes ont été mobilisés selon Bruno Retailleau.",
     "76 000 policiers et gendarmes", "count", 76000, "76,000 police officers"),
    (LINTERNAUTE, "Ce jeudi 2 octobre, plus de 240 manifestations sont organisées partout en France",
     "jeudi 2 octobre", "date", "--10-02", "Thursday, October 2"),
    (LINTERNAUTE, "Ce jeudi 2 octobre, plus de 240 manifestations sont organisées partout en France",
     "plus de 240 manifestations", "count", 240, "more than 240 demonstrations"),
    (LINTERNAUTE_MAI, "des manifestations auront lieu en France le 1er mai 2023.",
     "1er mai 2023", "date", "2023-05-01", "May 1, 2023"),
    (LINTERNAUTE_MAI, "leur opposition au report de l'âge légal de départ à la retraite de 62 à 64 ans.",
     "de 62 à 64 ans", "measure", {"from": 62, "to": 64}, "62 to 64 years"),
    (LINTERNAUTE_MAI, "Si entre mi-janvier et mi-avril, les syndicats ont multiplié les appels à la grève",
     "entre mi-janvier et mi-avril", "date_range", {"from": "--01", "to": "--04"},
     "between mid-January and mid-April"),
    (FRANCEBLEU, "Chaque année, l'événement accueille près de 400.000 participants dans les rues de Paris",
     "près de 400.000 participants", "count", 400000, "nearly 400,000 participants"),
    (FRANCEBLEU, "Le parcours de six kilomètres partira de Bastille",
     "six kilomètres", "measure", 6, "six kilometers"),
    (ATTRAP, "portant interdiction temporaire de manifestation et d'attroupement le vendredi 19 juillet 2024 de 06h00 à 23h00",
     "vendredi 19 juillet 2024", "date", "2024-07-19", "Friday, July 19, 2024"),
    (ATTRAP, "portant interdiction temporaire de manifestation et d'attroupement le vendredi 19 juillet 2024 de 06h00 à 23h00",
     "06h00", "time", "06:00", "6:00 a.m."),
    (ATTRAP, "portant interdiction temporaire de manifestation et d'attroupement le vendredi 19 juillet 2024 de 06h00 à 23h00",
     "23h00", "time", "23:00", "11:00 p.m."),
    (PLEINAIR, "les prix à la consommation sont repartis à la hausse en décembre, avec une augmentation de 3,7% sur un an.",
     "3,7%", "percent", 3.7, "3.7%"),
    (ZINFOS, "Environ 1.000 à 1.500 personnes sont regroupées en bas de la rue Maréchal Leclerc.",
     "Environ 1.000 à 1.500 personnes", "count", {"from": 1000, "to": 1500},
     "about 1,000 to 1,500 people"),
    (SOLEIL, "Le 10 juillet 1913, le mercure y serait monté jusqu'à 56,7 degrés Celsius",
     "jusqu'à 56,7 degrés Celsius", "measure", 56.7, "up to 56.7 degrees Celsius"),
    (SOLEIL, "Le 10 juillet 1913, le mercure y serait monté jusqu'à 56,7 degrés Celsius",
     "10 juillet 1913", "date", "1913-07-10", "July 10, 1913"),
    (SOLEIL, "le sommet, qui regroupera 19 pays et l'Union européenne, les 7 et 8 juillet.",
     "19 pays", "count", 19, "19 countries"),
    (SOLEIL, "Mais la candidate républicaine Karen Handel l'a finalement emporté, avec 51 % des suffrages.",
     "51 %", "percent", 51, "51%"),
    (KBS_FR2, "Un grand navire de 110 mètres de long a été observé au port",
     "110 mètres", "measure", 110, "110 meters"),
    (KBS_FR2, "ces clichés ont montré aussi que pas moins de quatre navires d'envergure sont entrés au port",
     "pas moins de quatre navires", "count", 4, "at least four ships"),
]  # fmt: skip

EMPRENDE = "https://www.emprendemania.com/un-nuevo-paquete-de-medidas-anticrisis/"
ANDALUCIA = "https://andaluciagame.andaluciainformacion.es/mundo/9847/el-gobierno-aprobara-un-credito-extraordinario-de-11000-millones-para-crear-300000-empleos"
NOTIFE = "https://notife.com/espana-usara-la-mitad-de-su-fondo-europeo-para-crear-800-mil-empleos"
CARIBE = "https://caribeinformativo.com/surcorea-afirma-que-corea-del-norte-envio-7-mil-contenedores-con-armas-a-rusia"
NHDIARIO = "https://nhdiario.es/ee-uu-denuncia-corea-del-norte-ha-enviado-a-rusia-armas-para-la-guerra-de-ucrania/"
KBS_ES = "http://world.kbs.co.kr/service/news_view.htm?Seq_Code=89704&lang=s"
RKI = "http://rki.kbs.co.kr/service/news_view.htm?Seq_Code=21087&lang=s"
TELESCOPIO = "http://eltelescopiodigital.com/index.php/espana/54254-sube-el-paro-en-34900-personas-en-el-ultimo-trimestre-de-2017.html"
IMPERIO = "http://imperio987.com.ar/?p=30707"
PAGINA12 = (
    "https://pagina12.com.ar/576650-la-inflacion-en-ee-uu-se-ubico-en-el-3-2-por-ciento-anual-en"
)
MONCIONERO = "http://blogmoncionero.blogspot.com/2007/08/sismo-mata-19-200-heridos-en-peru.html"
T13 = (
    "https://t13.cl/noticia/mundo/mexico-golpeado-peor-sismo-100-anos-victimas-fatales-ascienden-16"
)
DEMOCRACY = "https://democracynow.org/es/2017/9/20/titulares/massive_earthquake_rattles_mexico_city_killing_at_least_217"
RTVE_MX = "http://www.rtve.es/temas/mexico/1314/"
RTVE_T = "https://www.rtve.es/temas/terremotos/9070/112/"
BOLTXE = "https://boltxe.eus/?p=116662"
COOPERATIVA = "https://cooperativa.cl/noticias/site/artic/20190226/pags-amp/20190226100745.html"
HUACHO = "https://e-huacho.blogspot.com/2010/02/mas-de-200-muertos-y-cerca-del-80-de.html"
PORTTADA = "http://porttada.com/al-menos-32-muertos-tras-el-mayor-terremoto-registrado-en-mexico"
ENTRENOTICIAS = "https://entrenoticias.com.ar/noticias/2112-la-inflacion-de-marzo-fue-de-37-y-acumulo-559-en-los-ultimos-doce-meses"

ES = [
    (CARIBE, "Corea del Norte envió unos 7 mil contenedores con armas a Rusia para su guerra con Ucrania desde julio",
     "unos 7 mil contenedores", "count", 7000, "about 7,000 containers"),
    (CARIBE, "El número de contenedores enviados de Corea del Norte a Rusia alcanza hasta ahora los 7.000″, aseguró el ministro",
     "7.000", "number", 7000, "7,000"),
    (CARIBE, "En octubre de 2023, Estados Unidos aseguró que los envíos de armas de Pyongyang a Moscú ya estaban en marcha",
     "octubre de 2023", "date", "2023-10", "October 2023"),
    (CARIBE, "estimando que Corea del Norte había entregado más de 1.000 contenedores de equipo militar y municiones a Rusia",
     "más de 1.000 contenedores", "count", 1000, "more than 1,000 containers"),
    (CARIBE, "Seúl acusó a Pyongyang de enviar más de un millón de cartuchos de artillería a Rusia",
     "más de un millón de cartuchos de artillería", "count", 1000000,
     "more than one million artillery shells"),
    (NHDIARIO, "en las últimas semanas, Corea del Norte ha proporcionado a Rusia más de mil contenedores de equipo militar y municiones",
     "más de mil contenedores", "count", 1000, "more than a thousand containers"),
    (NHDIARIO, "cerca de Tijoretsk, a unos 290 kilómetros de la frontera rusa con Ucrania por ferrocarril.",
     "unos 290 kilómetros", "measure", 290, "about 290 kilometers"),
    (KBS_ES, "desde el pasado mes de agosto hasta enero de este año, Corea del Norte ha suministrado más de 74 mil toneladas de explosivos.",
     "más de 74 mil toneladas", "measure", 74000, "more than 74,000 tonnes"),
    (KBS_ES, "el rotativo explicó que esos explosivos equivalen a 1,6 millones de proyectiles de artillería",
     "1,6 millones de proyectiles", "count", 1600000, "1.6 million projectiles"),
    (KBS_ES, "detectó 27 envíos entre el puerto norcoreano de Rajin y esos dos puertos rusos",
     "27 envíos", "count", 27, "27 shipments"),
    (KBS_ES, "aporta evidencias de movimientos de barcos rusos en ruta entre Corea del Norte y Rusia desde agosto de 2023 hasta enero de este año.",
     "desde agosto de 2023 hasta enero", "date_range", {"from": "2023-08", "to": "--01"},
     "from August 2023 to January"),
    (RKI, "los recipientes de carga fueron decomisados en un barco de bandera panameña, que partía la medianoche del día 22 de septiembre del nuevo puerto de Busan.",
     "22 de septiembre", "date", "--09-22", "September 22"),
    (EMPRENDE, "En esta ocasión, el Gobierno trae 11.000 millones de euros para reactivar la economía",
     "11.000 millones de euros", "money", 11000000000, "11,000 million euros"),
    (EMPRENDE, "-Aproximadamente 8.800 millones de euros, el 80%, irá destinado a obra municipal",
     "Aproximadamente 8.800 millones de euros", "money", 8800000000, "about 8,800 million euros"),
    (EMPRENDE, "-Aproximadamente 8.800 millones de euros, el 80%, irá destinado a obra municipal",
     "80%", "percent", 80, "80%"),
    (EMPRENDE, "muy vinculado a evitar la destrucción de empleo en este sector en el que trabajan más de 300.000 personas.",
     "más de 300.000 personas", "count", 300000, "more than 300,000 people"),
    (EMPRENDE, "con el objetivo de «crear hasta un total de 300.000 nuevos puestos de trabajo»",
     "300.000 nuevos puestos de trabajo", "count", 300000, "300,000 new jobs"),
    (ANDALUCIA, "Según lo cálculos del Gobierno, este fondo permitiría crear cerca de 200.000 empleos en 2009.",
     "cerca de 200.000 empleos", "count", 200000, "nearly 200,000 jobs"),
    (ANDALUCIA, "Según lo cálculos del Gobierno, este fondo permitiría crear cerca de 200.000 empleos en 2009.",
     "2009", "year", 2009, "2009"),
    (NOTIFE, "utilizará en los próximos tres años la mitad de los fondos asignados a España (72.000 millones de euros)",
     "72.000 millones de euros", "money", 72000000000, "72,000 million euros"),
    (NOTIFE, "utilizará en los próximos tres años la mitad de los fondos asignados a España (72.000 millones de euros)",
     "la mitad", "number", 0.5, "half"),
    (NOTIFE, "utilizará en los próximos tres años la mitad de los fondos asignados a España (72.000 millones de euros)",
     "tres años", "measure", 3, "three years"),
    (NOTIFE, "dará al país la posibilidad de sumar 2,5 puntos del Producto Bruto Interno (PBI) y crear alrededor de 800.000 empleos",
     "alrededor de 800.000 empleos", "count", 800000, "around 800,000 jobs"),
    (NOTIFE, "contempla la creación de más de 65.000 vacantes de educación primaria",
     "más de 65.000 vacantes", "count", 65000, "more than 65,000 vacancies"),
    (NOTIFE, "A esto se sumarán los más de 79.000 millones previstos de los fondos estructurales y de la Política Agraria Común para el período 2021-2027.",
     "2021-2027", "date_range", {"from": 2021, "to": 2027}, "2021-2027"),
    (NOTIFE, "A esto se sumarán los más de 79.000 millones previstos de los fondos estructurales y de la Política Agraria Común para el período 2021-2027.",
     "más de 79.000 millones", "number", 79000000000, "more than 79,000 million"),
    (TELESCOPIO, "Sube el paro en 34.900 personas en el último trimestre de 2017",
     "34.900 personas", "count", 34900, "34,900 people"),
    (TELESCOPIO, "El número de ocupados disminuye en 50.900 personas en el cuarto trimestre de 2017 y se sitúa en 18.998.400.",
     "18.998.400", "number", 18998400, "18,998,400"),
    (TELESCOPIO, "El número de ocupados disminuye en 50.900 personas en el cuarto trimestre de 2017 y se sitúa en 18.998.400.",
     "cuarto trimestre", "ordinal", 4, "fourth quarter"),
    (TELESCOPIO, "La tasa de empleo (porcentaje de ocupados respecto de la población de 16 y más años) es del 49,07%",
     "49,07%", "percent", 49.07, "49.07%"),
    (IMPERIO, "lo que implicó una desaceleración de 0,8 puntos porcentuales respecto a la medición oficial de junio que fue de 4,6 %.",
     "0,8 puntos porcentuales", "percentage_points", 0.8, "0.8 percentage points"),
    (IMPERIO, "lo que implicó una desaceleración de 0,8 puntos porcentuales respecto a la medición oficial de junio que fue de 4,6 %.",
     "4,6 %", "percent", 4.6, "4.6%"),
    (IMPERIO, "En tanto, en la primera mitad del año acumula una suba de 86,7 por ciento.",
     "86,7 por ciento", "percent", 86.7, "86.7 percent"),
    (PAGINA12, "El Índice de Precios al Consumidor (IPC) en Estados Unidos se ubicó en el 3,2 por ciento en julio.",
     "3,2 por ciento", "percent", 3.2, "3.2 percent"),
    (PAGINA12, "la suba de precios interanual marcó un pico del 9,1 por ciento, la mayor tasa desde noviembre de 1981.",
     "noviembre de 1981", "date", "1981-11", "November 1981"),
    (MONCIONERO, "El movimiento telúrico se registró a las 18.40 hora local (23.40 GMT) y su epicentro se localizó en el mar, a 167 kilómetros al sur de Lima",
     "18.40 hora local", "time", "18:40", "6:40 p.m. local time"),
    (MONCIONERO, "El movimiento telúrico se registró a las 18.40 hora local (23.40 GMT) y su epicentro se localizó en el mar, a 167 kilómetros al sur de Lima",
     "23.40 GMT", "time", "23:40", "23:40 GMT"),
    (MONCIONERO, "El movimiento telúrico se registró a las 18.40 hora local (23.40 GMT) y su epicentro se localizó en el mar, a 167 kilómetros al sur de Lima",
     "167 kilómetros", "measure", 167, "167 kilometers"),
    (MONCIONERO, "Al menos 19 personas murieron y más de 200 quedaron heridas, según datos preliminares, por el terremoto de 7,9 grados en la escala de Richter",
     "Al menos 19 personas", "count", 19, "at least 19 people"),
    (MONCIONERO, "Al menos 19 personas murieron y más de 200 quedaron heridas, según datos preliminares, por el terremoto de 7,9 grados en la escala de Richter",
     "7,9 grados en la escala de Richter", "measure", 7.9, "7.9 on the Richter scale"),
    (T13, "El poderoso temblor ocurrió a las 23:49 hora local, cerca de la localidad de Tonalá (Chiapas), a unos 100 km de la costa",
     "23:49 hora local", "time", "23:49", "11:49 p.m. local time"),
    (T13, "El poderoso temblor ocurrió a las 23:49 hora local, cerca de la localidad de Tonalá (Chiapas), a unos 100 km de la costa",
     "unos 100 km", "measure", 100, "about 100 km"),
    (T13, "El pánico se apoderó, de norte a sur, de gran parte de los 120 millones de habitantes del país.",
     "120 millones de habitantes", "count", 120000000, "120 million inhabitants"),
    (DEMOCRACY, "El gobierno mexicano informó esta mañana que han muerto al menos 217 personas",
     "al menos 217 personas", "count", 217, "at least 217 people"),
    (DEMOCRACY, "en conmemoración del aniversario número 32 de un terremoto de 1985 que dejó un saldo de 5.000 muertos.",
     "5.000 muertos", "count", 5000, "5,000 dead"),
    (RTVE_MX, "Casi 40 personas han muerto, la mayoría niños de entre 3 y 14 años, al derrumbarse una escuela primaria",
     "Casi 40 personas", "count", 40, "almost 40 people"),
    (RTVE_MX, "Casi 40 personas han muerto, la mayoría niños de entre 3 y 14 años, al derrumbarse una escuela primaria",
     "entre 3 y 14 años", "measure", {"from": 3, "to": 14}, "between 3 and 14 years"),
    (RTVE_MX, "Cuatro millones de personas están sin suministro eléctrico y el presidente, Enrique Peña Nieto, ha explicado que se han derrumbado 38 edificios.",
     "Cuatro millones de personas", "count", 4000000, "four million people"),
    (RTVE_MX, "Cuatro millones de personas están sin suministro eléctrico y el presidente, Enrique Peña Nieto, ha explicado que se han derrumbado 38 edificios.",
     "38 edificios", "count", 38, "38 buildings"),
    (RTVE_T, "El país con mayor número de víctimas, hasta el momento, es Irán, donde las autoridades sanitarias han informado de 328 fallecidos y más de 5.300 heridos.",
     "más de 5.300 heridos", "count", 5300, "more than 5,300 injured"),
    (RTVE_T, "atrapado en los escombros del edificio en el que trabajaba en México DF y donde le sorprendió el terremoto del pasado 19 de septiembre.",
     "19 de septiembre", "date", "--09-19", "September 19"),
    (RTVE_T, "se teme que superen los 200, pues hay alrededor de 40 personas desaparecidas",
     "alrededor de 40 personas", "count", 40, "around 40 people"),
    (BOLTXE, "Resumen Latinoamericano* /15 de abril de 2020",
     "15 de abril de 2020", "date", "2020-04-15", "April 15, 2020"),
    (COOPERATIVA, "diseñaron un plan para sacar el contenedor del barco y localizaron allí las 3.000 cajas con un total de 90 mil botellas de vodka ruso.",
     "3.000 cajas", "count", 3000, "3,000 boxes"),
    (COOPERATIVA, "diseñaron un plan para sacar el contenedor del barco y localizaron allí las 3.000 cajas con un total de 90 mil botellas de vodka ruso.",
     "90 mil botellas", "count", 90000, "90,000 bottles"),
    (HUACHO, "El terremoto de magnitud 8,8 llegó a sentirse hasta en Sao Paulo, en Brasil, a unos 2.900 kilómetros (1.800 millas) al este.",
     "unos 2.900 kilómetros", "measure", 2900, "about 2,900 kilometers"),
    (HUACHO, "El terremoto de magnitud 8,8 llegó a sentirse hasta en Sao Paulo, en Brasil, a unos 2.900 kilómetros (1.800 millas) al este.",
     "1.800 millas", "measure", 1800, "1,800 miles"),
    (HUACHO, "uno de ellos casi tan poderoso como el que devastó Haití el 12 de enero.",
     "12 de enero", "date", "--01-12", "January 12"),
    (PORTTADA, "quien añadió que se han producido hasta ahora 69 réplicas, la mayor de magnitud 6,1",
     "69 réplicas", "count", 69, "69 aftershocks"),
    (ENTRENOTICIAS, "Según el informe oficial, la inflación del tercer mes del año se ubicó en 3,7%",
     "tercer mes", "ordinal", 3, "third month"),
]  # fmt: skip


def _one(lang: str, sentence: str, needle: str):
    i = sentence.index(needle)
    j = i + len(needle)
    figs = extract_figures(sentence, lang=lang)
    hits = [f for f in figs if f.start <= i and j <= f.end]
    assert hits, f"no figure covers {needle!r} in {sentence!r}: {figs}"
    return hits[0]


def _check(lang, sentence, needle, kind, value, english):
    f = _one(lang, sentence, needle)
    assert (f.source, f.kind, f.value, f.text) == (needle, kind, value, english)
    assert sentence[f.start : f.end] == f.source


@pytest.mark.parametrize(("url", "sentence", "needle", "kind", "value", "english"), FR)
def test_french(url, sentence, needle, kind, value, english):
    _check("fr", sentence, needle, kind, value, english)


@pytest.mark.parametrize(("url", "sentence", "needle", "kind", "value", "english"), ES)
def test_spanish(url, sentence, needle, kind, value, english):
    _check("es", sentence, needle, kind, value, english)


# Forms named by issue 8, in real sentences above or in these minimal spellings of them.
FORMS = [
    ("fr", "1,5 milliard d'euros", "money", 1500000000, "1.5 billion euros"),
    ("fr", "3,2 millions d'euros", "money", 3200000, "3.2 million euros"),
    ("fr", "500 000 dollars", "money", 500000, "500,000 dollars"),
    ("fr", "0,3 point de pourcentage", "percentage_points", 0.3, "0.3 percentage points"),
    ("fr", "entre le 7 septembre et le 1er octobre", "date_range",
     {"from": "--09-07", "to": "--10-01"}, "between September 7 and October 1"),
    ("fr", "1er octobre 2023", "date", "2023-10-01", "October 1, 2023"),
    ("es", "1.500 millones de euros", "money", 1500000000, "1,500 million euros"),
    ("es", "3,2 millones", "number", 3200000, "3.2 million"),
    ("es", "del 7 de septiembre al 1 de octubre", "date_range",
     {"from": "--09-07", "to": "--10-01"}, "from September 7 to October 1"),
    ("es", "1 de octubre de 2023", "date", "2023-10-01", "October 1, 2023"),
    ("es", "a las 12.30 horas", "time", "12:30", "12:30 p.m."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "kind", "value", "english"), FORMS)
def test_issue_forms(lang, text, kind, value, english):
    figs = extract_figures(text, lang=lang)
    assert len(figs) == 1, figs
    f = figs[0]
    assert (f.kind, f.value, f.text) == (kind, value, english)


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f"])
def test_french_thousands_spaces(space):
    text = f"plus de 1{space}000 conteneurs et 2{space}000 euros"
    figs = extract_figures(text, lang="fr")
    assert [(f.value, f.text) for f in figs] == [
        (1000, "more than 1,000 containers"),
        (2000, "2,000 euros"),
    ]


def test_spanish_comma_is_decimal():
    # Documented choice: Spain's convention; "1,500" from a Mexican source reads as 1.5.
    (f,) = extract_figures("3,200 millones", lang="es")
    assert f.value == 3200000


def test_offsets_with_start_end():
    text = "Titre. La hausse atteint 3,2 % en 2023."
    figs = extract_figures(text, 7, len(text), lang="fr")
    assert [text[f.start : f.end] for f in figs] == ["3,2 %", "2023"]


def test_languages_registered():
    assert {"de", "fr", "es"} <= set(available_languages())
    assert {"de", "fr", "es"} <= FIGURE_LANGUAGES
    with pytest.raises(ValueError):
        extract_figures("1000", lang="xx")


def test_tables_count():
    assert len(FR) >= 25 and len(ES) >= 25
