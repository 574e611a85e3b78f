"""Word lists the entity finder reads: compact, hand-written, no model data.

Each list is a frozenset of exact, case-sensitive strings. They name what a capitalised word
usually is (a country, a first name, an organisation word, a title) or that it is not a name
at all (a weekday, a time zone, a page label such as "UPDATE").
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _lines(text: str) -> frozenset[str]:
    return frozenset(line.strip() for line in text.strip().splitlines() if line.strip())


# Countries and territories (short and long forms), as written in news.
COUNTRIES = _lines("""
Afghanistan
Albania
Algeria
Andorra
Angola
Argentina
Armenia
Australia
Austria
Azerbaijan
Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bhutan
Bolivia
Bosnia
Bosnia and Herzegovina
Herzegovina
Botswana
Brazil
Brunei
Bulgaria
Burkina Faso
Burma
Burundi
Cambodia
Cameroon
Canada
Cape Verde
Central African Republic
Chad
Chile
China
Colombia
Comoros
Congo
Costa Rica
Croatia
Cuba
Cyprus
Czech Republic
Czechia
Denmark
Djibouti
Dominica
Dominican Republic
East Timor
Ecuador
Egypt
El Salvador
England
Equatorial Guinea
Eritrea
Estonia
Eswatini
Ethiopia
Fiji
Finland
France
Gabon
Gambia
Georgia
Germany
Ghana
Greece
Greenland
Grenada
Guatemala
Guinea
Guinea-Bissau
Guyana
Haiti
Honduras
Hong Kong
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Northern Ireland
Israel
Italy
Ivory Coast
Jamaica
Japan
Jordan
Kazakhstan
Kenya
Kiribati
Korea
North Korea
South Korea
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Macau
Macedonia
North Macedonia
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Mauritania
Mauritius
Mexico
Moldova
Monaco
Mongolia
Montenegro
Morocco
Mozambique
Myanmar
Namibia
Nepal
Netherlands
Holland
New Zealand
Nicaragua
Niger
Nigeria
Norway
Oman
Pakistan
Palestine
Panama
Papua New Guinea
Paraguay
Peru
Philippines
Poland
Portugal
Puerto Rico
Qatar
Romania
Russia
Rwanda
Samoa
San Marino
Saudi Arabia
Scotland
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Slovakia
Slovenia
Somalia
South Africa
South Sudan
Spain
Sri Lanka
Sudan
Suriname
Surinam
Swaziland
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Tibet
Togo
Tonga
Trinidad
Tobago
Trinidad and Tobago
Tunisia
Turkey
Türkiye
Turkmenistan
Uganda
Ukraine
United Arab Emirates
UAE
United Kingdom
UK
U.K.
Britain
Great Britain
United States
United States of America
US
U.S.
USA
America
Uruguay
Uzbekistan
Vanuatu
Vatican
Venezuela
Vietnam
Wales
West Bank
Gaza
Gaza Strip
Western Sahara
Yemen
Yugoslavia
Zaire
Zambia
Zimbabwe
Soviet Union
USSR
Russian Federation
Chechnya
Kurdistan
Crimea
Faroes
Faroe Islands
""")

US_STATES = _lines("""
Alabama
Alaska
Arizona
Arkansas
California
Colorado
Connecticut
Delaware
Florida
Hawaii
Idaho
Illinois
Indiana
Iowa
Kansas
Kentucky
Louisiana
Maine
Maryland
Massachusetts
Michigan
Minnesota
Mississippi
Missouri
Montana
Nebraska
Nevada
New Hampshire
New Jersey
New Mexico
New York
North Carolina
North Dakota
Ohio
Oklahoma
Oregon
Pennsylvania
Rhode Island
South Carolina
South Dakota
Tennessee
Texas
Utah
Vermont
Virginia
Washington
West Virginia
Wisconsin
Wyoming
Ontario
Quebec
Québec
British Columbia
Alberta
Manitoba
Bavaria
Catalonia
Kashmir
Punjab
Siberia
Queensland
Victoria
Tasmania
""")

# Major cities (capitals and places often datelined), plus regions and continents.
CITIES = _lines("""
Abu Dhabi
Abuja
Accra
Addis Ababa
Algiers
Amman
Amsterdam
Ankara
Antwerp
Athens
Atlanta
Auckland
Baghdad
Baku
Baltimore
Bamako
Bangkok
Barcelona
Basra
Beijing
Beirut
Belfast
Belgrade
Berlin
Bern
Birmingham
Bogota
Bombay
Bonn
Boston
Brasilia
Bratislava
Brisbane
Brussels
Bucharest
Budapest
Buenos Aires
Cairo
Calcutta
Canberra
Cape Town
Caracas
Casablanca
Chicago
Cleveland
Colombo
Copenhagen
Dakar
Dallas
Damascus
Dhaka
Delhi
New Delhi
Denver
Detroit
Doha
Dubai
Dublin
Durban
Edinburgh
Frankfurt
Geneva
Glasgow
Grozny
Guangzhou
Hamburg
Hanoi
Harare
Havana
Helsinki
Hebron
Hiroshima
Ho Chi Minh City
Honolulu
Houston
Islamabad
Istanbul
Jakarta
Jerusalem
Jeddah
Johannesburg
Kabul
Kampala
Karachi
Kathmandu
Khartoum
Kiev
Kyiv
Kigali
Kinshasa
Kuala Lumpur
Lagos
Lahore
Las Vegas
Leeds
Lima
Lisbon
Liverpool
Ljubljana
London
Los Angeles
Luanda
Lyon
Madrid
Managua
Manchester
Manila
Marseille
Mecca
Melbourne
Mexico City
Miami
Milan
Minsk
Mogadishu
Monrovia
Montevideo
Montreal
Moscow
Mosul
Mumbai
Munich
Nairobi
Naples
Nablus
Nashville
New Orleans
Nice
Nicosia
Osaka
Oslo
Ottawa
Paris
Perth
Philadelphia
Phoenix
Pittsburgh
Prague
Pretoria
Pyongyang
Quito
Rabat
Ramallah
Riga
Rio de Janeiro
Riyadh
Rome
Rotterdam
San Diego
San Francisco
San Jose
Santiago
Sao Paulo
Sarajevo
Seattle
Seoul
Shanghai
Singapore
Skopje
Sofia
St. Louis
St Petersburg
St. Petersburg
Stockholm
Strasbourg
Sydney
Taipei
Tallinn
Tashkent
Tbilisi
Tehran
Tel Aviv
Tirana
Tokyo
Toronto
Tripoli
Tunis
Turin
Vancouver
Venice
Vienna
Vilnius
Warsaw
Washington
Wellington
Yerevan
Zagreb
Zurich
Orlando
Newark
Austin
Sacramento
Portland
Charlotte
Tampa
Indianapolis
Columbus
Cincinnati
Kansas City
Minneapolis
Milwaukee
Salt Lake City
Oakland
Memphis
Louisville
Raleigh
Albany
Buffalo
Anchorage
Tucson
Albuquerque
El Paso
Fort Worth
San Antonio
Jacksonville
Brooklyn
Manhattan
Queens
Bronx
Staten Island
Harlem
Hollywood
Silicon Valley
Capitol Hill
Sheffield
Newcastle
Cardiff
Oxford
Cambridge
Nottingham
Bristol
Southampton
Brighton
York
Hull
Coventry
Aberdeen
Dundee
Cork
Galway
Marseilles
Bordeaux
Cologne
Stuttgart
Dresden
Leipzig
Krakow
Gdansk
St. Louis
Kandahar
Aleppo
Homs
Raqqa
Benghazi
Mombasa
Goma
Juba
Darfur
NYC
LA
D.C.
DC
Africa
Asia
Europe
Antarctica
Arctic
Atlantic
Pacific
Caribbean
Mediterranean
Middle East
Gulf
Persian Gulf
Balkans
Caucasus
Latin America
North America
South America
Central America
Scandinavia
Siberia
Sahara
Horn of Africa
Southeast Asia
East Asia
Far East
Western Europe
Eastern Europe
Midwest
""")

# US state abbreviations as datelines write them ("St. Petersburg, Fla.").
STATE_ABBREVIATIONS = _words("""Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich.
    Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Va. Vt.
    Wash. Wis. Wyo.""")

PLACES = COUNTRIES | US_STATES | CITIES | STATE_ABBREVIATIONS

# A name ending in one of these is a place ("Lake Geneva", "Gaza Strip", "Kings County").
PLACE_LAST = _words("""River Mountains Mountain Mount Island Islands Sea Ocean Lake Bay Gulf Valley Province County
    Strait Straits Peninsula Desert Coast Canal Heights Hills Plains Highlands Region District Republic Kingdom
    Emirates Territory Territories Square Avenue Street Road Park Airport Beach Falls Creek Canyon Harbor Harbour
    City Town Village Oblast Prefecture""")
# A name starting with one of these and going on is often a place ("North Carolina", "San Juan").
PLACE_FIRST = _words("North South East West Northern Southern Eastern Western Central Upper Lower New San Santa Los Las "
                     "Port Fort Mount Lake Cape Saint St. St Gulf Isle Sierra Costa Puerto El Al Greater")

# Words that make a name an organisation wherever they stand in it.
ORG_WORDS = _words("""Department Ministry Group Media University College School Academy Congress Council Party
    Agency Office Association Press News Times Journal Post Herald Tribune Telegraph Guardian Gazette Chronicle
    Company Corporation Corp Corp. Inc Inc. Ltd Ltd. Plc PLC LLC Co Co. AG SA GmbH NV Holdings Industries Bank
    Bancorp Union Commission Organization Organisation Court Parliament Senate Army Navy Forces Force Committee
    Institute Foundation Authority Police Service Services Network Broadcasting Airlines Airways Air Club League
    Federation Fund Trust Society Front Movement Alliance Assembly Bureau Board Exchange Securities Capital
    Partners Communications Systems Technologies Technology Electric Energy Oil Petroleum Chemical Chemicals
    Pharmaceuticals Pharmaceutical Motors Brothers Bros Records Studios Pictures Entertainment Radio Television TV
    Magazine Review Library Libraries Church Hospital Center Centre Museum Team Brigade Brigades Division Command Cabinet
    Administration Government Reserve Treasury Congressional Labour Tories Coalition Consortium Cooperative Enterprises Ventures Motor Steel Mining Minerals Resources
    Insurance Financial Investments Airport Railways Railway Telecom Foods Stores Markets Laboratories Labs
    Institution Conference Secretariat Mission Office Nations Directorate Inspectorate Tribunal Guard Corps
    Daily Medical Cables Commodities Mines Airline SpA AB ASA BV Oy Oyj Bhd Pty LLP Brewery Brewing Bros.
    Aerospace Automotive Bancshares Semiconductor Software Electronics Telecommunications Wireless Logistics""")
# A name ending in one of these is a company ("Ericsson Inc").
ORG_SUFFIXES = _words("Inc Inc. Corp Corp. Co Co. Ltd Ltd. Plc PLC LLC AG SA GmbH NV Group Holdings Bancorp SpA AB ASA BV SE "
                      "Oy Oyj KK Bhd Tbk Ltda SAB Pty LP LLP")

# Well-known organisations a single word or acronym names, where context rarely says so.
ORGANISATIONS = _words("""NATO Nato UN U.N. EU E.U. IMF OPEC WHO UNESCO UNICEF FIFA UEFA IOC NASA FBI CIA NSA KGB BBC
    CNN CBS NBC ABC AP Reuters AFP Interfax Xinhua Tass Bloomberg Google Apple Microsoft Amazon Facebook Twitter
    Instagram YouTube Netflix Uber Tesla Boeing Airbus Toyota Volkswagen Samsung Sony IBM Intel Ford Nike Walmart
    Treasury Pentagon Kremlin Hamas Hezbollah Taliban ISIS Fatah PLO IRA Congress Parliament Senate Nasdaq NYSE Fed OSCE
    WTO ASEAN OECD Interpol Europol Greenpeace Vatican Labour Likud""")

# Well-known organisations of several words, where no word says so ("Goldman Sachs").
ORGANISATION_NAMES = _lines("""
Goldman Sachs
JP Morgan
JPMorgan Chase
Morgan Stanley
Merrill Lynch
Red Cross
Red Crescent
White House
Wall Street Journal
New York Times
Washington Post
Associated Press
Supreme Court
European Union
United Nations
World Bank
Federal Reserve
Human Rights Watch
Amnesty International
Al Jazeera
Al Qaeda
Islamic State
Planned Parenthood
Fox News
Dow Jones
Scotland Yard
Downing Street
Capitol Police
Secret Service
Border Patrol
Homeland Security
National Guard
Real Madrid
Manchester United
Lloyd's
Procter & Gamble
General Motors
General Electric
""")

# Demonyms and nationalities (MISC in CoNLL terms): not people, organisations or places.
DEMONYMS = _words("""Afghan Afghans Albanian Albanians Algerian American Americans Arab Arabs Arabic Argentine
    Armenian Armenians Asian Australian Austrian Azeri Azeris Belgian Bosnian British Briton Britons Bulgarian
    Burmese Cambodian Canadian Chechen Chechens Chilean Chinese Colombian Croat Croats Croatian Cuban Cypriot Czech
    Danish Dutch Egyptian Emirati English Ethiopian European Europeans Filipino Finnish French Frenchman Georgian
    German Germans Greek Greeks Haitian Hungarian Icelandic Indian Indians Indonesian Iranian Iranians Iraqi Iraqis
    Irish Israeli Israelis Italian Italians Jamaican Japanese Jordanian Kenyan Korean Koreans Kurd Kurds Kurdish
    Kuwaiti Latvian Lebanese Libyan Lithuanian Malaysian Mexican Mexicans Moroccan Nigerian Norwegian Pakistani
    Pakistanis Palestinian Palestinians Panamanian Peruvian Polish Pole Poles Portuguese Romanian Russian Russians
    Rwandan Saudi Saudis Scot Scots Scottish Serb Serbs Serbian Slovak Slovenian Somali Spanish Spaniard Sudanese
    Swede Swedes Swedish Swiss Syrian Syrians Taiwanese Tajik Thai Tunisian Turk Turks Turkish Ukrainian Venezuelan
    Vietnamese Welsh Yemeni Yugoslav Zambian Zimbabwean Latino Latina Latinos Hispanic African Africans Asian
    Moslem Moslems Muslim Muslims Christian Christians Jew Jews Jewish Catholic Catholics Protestant Protestants
    Islamic Islamist Islamists Sunni Sunnis Shia Shiite Shiites Hindu Hindus Sikh Sikhs Buddhist Buddhists Mormon
    Orthodox Democrat Democrats Republican Republicans Democratic Conservative Liberal Socialist Socialists
    Communist Communists Marxist Nazi Nazis Soviet Western Eastern Northern Southern Afrikaner Afrikaners
    Hutu Hutus Tutsi Tutsis Bedouin Palestinian Caucasian Scandinavian Baltic Balkan Slav Slavic""")

# Capitalised words that are never names by themselves.
NOT_NAMES = _words("""I I'm I've I'd I'll Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov
    Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Madam God OK Okay
    BST GMT UTC EST EDT CST CDT MST MDT PST PDT CET CEST ET PT AM PM A.M. P.M. a.m. p.m. UPDATE UPDATED VIDEO
    PHOTO PHOTOS WATCH READ MORE CLICK HERE BREAKING EXCLUSIVE LIVE NEW NOTE EDITOR'S Update Updated Video Photo
    Photos Watch Click Breaking Exclusive Advertisement Image Images Getty Copyright Caption Share Tweet Email Print
    Comment Comments Subscribe Related Read Follow Sign Log Login Page Home Menu Search Close Next Previous Top
    Internet Web Online Christmas Easter Ramadan Thanksgiving Halloween Valentine's Hanukkah Eid Lent Diwali
    Mother's Father's Net Q1 Q2 Q3 Q4 H1 H2 FY CEO CFO COO CTO PhD MBA TV DNA GDP CPI IPO HIV AIDS COVID Covid
    COVID-19 Covid-19 LGBT LGBTQ DJ MP MPs MEP MEPs GOP NFL NBA MLB NHL Mid AK AR SA OK Yes No Oh Hey Wow Please
    Thanks Dear Hello Hi Well Now Today Tonight Yesterday Tomorrow Earlier Later Meanwhile However Also Still Yet
    Although Though Despite After Before While Since Until Unless Because Whether Whereas Instead Indeed Perhaps
    Maybe Officials Police Authorities Sources Critics Experts Analysts Residents Witnesses Investigators
    Prosecutors Lawmakers Republicans Democrats Several Many Some Most Both Each Every Other Another Such One
    Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Next Chapter Section Article Part Act
    Episode Season Round Day Week Year Years Month Months Hours Minutes Stock Shares""")

# Titles and honorifics before a person's name ("President", "Mr."); modifiers join them on the
# left ("Foreign Minister", "Deputy Prime Minister").
TITLES = _words("""President President-elect Premier Minister Secretary Secretary-General Chancellor Ambassador
    Governor Gov. Mayor Senator Sen. Rep. Representative Congressman Congresswoman King Queen Prince Princess Pope
    Judge Justice General Gen. Colonel Col. Major Maj. Captain Capt. Lieutenant Lt. Sergeant Sgt. Commander
    Admiral Adm. Marshal Chairman Chairwoman Chair Chief Director Spokesman Spokeswoman Spokesperson Mr Mr. Mrs
    Mrs. Ms Ms. Miss Dr Dr. Professor Prof. Sir Lord Lady Dame Sheikh Sheik Ayatollah Cardinal Bishop Archbishop
    Rev. Reverend Father Rabbi Imam Coach Commissioner Speaker Leader Envoy Officer Detective Sheriff Attorney
    Prosecutor CEO Executive Founder Dictator Emperor Empress Crown Sultan Emir Shah Vice Deputy Officer Agent
    Inspector Superintendent Constable Trooper Sgt Pvt. Private Corporal Cpl. Brig. Brigadier Rev Msgr.
    Manager Striker Midfielder Goalkeeper Defender Forward Skipper Captain Champion Winger Pitcher Rookie
    Economist Analyst Strategist Fullback Full-back Centre Flanker Scrum-half Fly-half Outfielder Infielder
    Catcher Shortstop Quarterback Novelist Poet Author Singer Actor Actress Director Producer Playwright""")
TITLE_MODIFIERS = _words("""Foreign Defence Defense Finance Interior Prime Deputy Vice Acting Former Trade Justice
    Health Economy Economics Economic Agriculture Energy Labour Labor Culture Education Transport Home State
    General Attorney Executive Managing Assistant Senior Chief Opposition Army Police Team Head Treasury Budget
    Privatisation Privatization Industry Environment Information Communications Commerce Development Sports
    Tourism Oil Fisheries Science Security Social Welfare Finance Foreign Interior Grand Supreme Lord First
    Crown Presidential Press Regional Local District Federal National Prime Parliamentary Party Club Union
    Affairs Homeland Transportation Veterans Housing Affairs""")

# A name ending in one of these is an event, a period or a work, not a person, organisation or
# place ("Cold War", "World Cup", "Academy Awards"): MISC in CoNLL terms, left out.
EVENT_LAST = _words("""War Wars Games Olympics Olympic Cup Championship Championships Open Prix Festival Awards Award
    Prize Day Week Act Treaty Accord Accords Agreement Doctrine Crisis Revolution Spring Era Age Show Series Bowl
    Tour Marathon Derby Trophy Classic Masters Convention Summit Rally Movement Ages Emmys Oscars Grammys Globes
    Index Average""")

# Lowercase words inside a name ("Bank of England", "Ludwig van Beethoven", "Osama bin Laden").
CONNECTORS = _words("of the de da di del della dello delle degli van von der den ter bin ibn al el le la du dos das y &")
# "of" joins only after one of these ("University of Chicago", "Secretary of State").
OF_HEADS = (ORG_WORDS - ORG_SUFFIXES) | PLACE_LAST | _words("""Bank University Republic Kingdom States Emirates Gulf Isle Sea Cape
    City Province State Secretary Minister Ministry Bay Duke Duchess Prince Princess King Queen Earl Archbishop
    Bishop Church House Chamber Museum Sisters Friends Daughters Sons Order Knights Army Court Chamber Lake Port
    Strait Straits Tower Statue Palace Cathedral Temple Bill""")

# Common first names: a name starting with one is a person ("Ramon Manzanares").
FIRST_NAMES = _words("""Aaron Abdul Abdullah Abu Adam Adrian Ahmed Ahmad Alan Albert Alberto Alec Alejandro Alex
    Alexander Alexandra Alexei Alexis Alfred Ali Alice Alicia Alison Allan Allen Amanda Amy Ana Andre Andrea Andreas
    Andrei Andres Andrew Andy Angela Angelo Ann Anna Anne Annie Anthony Antoine Anton Antonio Arnold Arthur Ashley
    Atal Ayman Barbara Barry Bashar Ben Benjamin Benny Bernard Bernie Bert Beth Betty Bill Billy Bob Bobby Boris
    Brad Bradley Brandon Brenda Brett Brian Bruce Bruno Bryan Carl Carla Carlos Carol Caroline Carolyn Catherine
    Cathy Charles Charlie Chris Christian Christina Christine Christopher Chuck Cindy Claire Claude Claudia Colin
    Craig Cristina Curtis Cynthia Dale Dan Daniel Daniela Danny Darren Dave David Dean Deborah Debbie Dennis Derek
    Diana Diane Dick Dieter Dimitri Dmitry Dominic Don Donald Donna Doris Doug Douglas Dwight Earl Ed Eddie Edgar
    Eduardo Edward Edwin Elena Elizabeth Ellen Emily Emma Enrique Eric Erik Ernest Ernesto Eugene Eva Evan Fatima
    Felipe Felix Fernando Francis Francisco Franco Frank Franz Fred Frederick Gabriel Gareth Gary Gene George Gerald
    Gerhard Gerry Giorgio Giovanni Giuseppe Glen Glenn Gordon Graham Grant Greg Gregory Guillermo Gustavo Hamid
    Hans Harold Harry Hassan Heather Heinz Helen Helmut Henri Henry Herbert Hillary Howard Hugh Hugo Hussein Ian
    Igor Ilya Irene Isaac Ivan Jack Jackie Jacob Jacques James Jamie Jan Jane Janet Jason Javier Jay Jean Jeff
    Jeffrey Jennifer Jenny Jeremy Jerry Jesse Jessica Jesus Jill Jim Jimmy Joan Joanne Joe Joel Johan Johann John
    Johnny Jon Jonathan Jorge Jose José Josef Joseph Josh Joshua Juan Judith Judy Julia Julian Julie Julio Justin
    Karen Karim Karl Kate Katherine Kathleen Kathy Keith Kelly Ken Kenneth Kevin Khalid Kim Kirk Klaus Kurt Kyle
    Larry Laura Lauren Lauri Lawrence Lee Leo Leon Leonard Leonid Lester Lewis Linda Lisa Liz Lloyd Lorenzo Louis
    Louise Luc Lucas Luis Luke Lynn Mahmoud Manuel Marc Marco Marcus Margaret Maria Marie Mario Mark Martha Martin
    Mary Matt Matthew Maurice Max Megan Mehmet Melissa Michael Michel Michelle Miguel Mike Mikhail Mohamed Mohammad
    Mohammed Muhammad Nancy Natalie Nathan Neil Nelson Nicholas Nick Nicola Nicolas Nicole Nikolai Nina Noah Norman
    Olga Oliver Omar Oscar Otto Pablo Pamela Pat Patricia Patrick Paul Paula Pedro Peggy Peter Phil Philip Philippe
    Pierre Rachel Rafael Ralph Ramon Randy Raul Ray Raymond Rebecca Recep Richard Rick Ricky Rob Robert Roberto
    Robin Rod Roger Roland Ron Ronald Rosa Ross Roy Ruby Russell Ruth Ryan Sally Salman Sam Samantha Samuel Sandra
    Sara Sarah Scott Sean Sergei Sergey Sharon Shaun Shawn Sheila Shirley Simon Stanley Stefan Stephen Steve Steven
    Stuart Susan Suzanne Tariq Ted Teresa Terry Thomas Tim Timothy Tina Todd Tom Tommy Tony Tracy Travis Ulrich
    Valerie Vanessa Victor Victoria Vincent Viktor Vladimir Walter Wang Warren Wayne Wendy Werner Willem William
    Willie Wolfgang Yasser Yevgeny Yitzhak Yuri Zhang Benjamin Bernardin Boris Emmanuel Angela Xi Narendra Shinzo
    Vladimir Kofi Nelson Ehud Ariel Shimon Benazir Nawaz Jiang Li Hu Deng Kim Park Lee Chen Liu Yang Mustafa
    Ibrahim Ismail Yusuf Youssef Saddam Osama Hosni Muammar Anwar Mahathir Suharto Fidel Raul Hugo Evo Lula
    Dilma Jair Cristina Mauricio Felipe Enrique Vicente Carlos Alvaro Juanita Élisabeth Elisabeth Emmanuelle
    François Francois Jean-Pierre Jean-Claude Jean-Marie Gerhard Horst Joschka Theo Jürgen Juergen Jorg Jörg
    Silvio Romano Matteo Giulia Sebastian Florian Lars Nils Sven Olof Goran Göran Bjorn Björn Hakan Håkan Tarja
    Kevin Brendan Declan Seamus Liam Conor Niall Siobhan Aoife Tony Gordon Theresa Boris Keir Rishi Nicola
    Donald Barack Joe Kamala Hillary Mitt Ted Marco Rand Bernie Elizabeth Nancy Mitch Chuck Newt Dick Condoleezza
    Colin Madeleine Janet Al Jesse Jeb Sarah Rudy Andrew Eric Hunter Melania Ivanka Jared Kellyanne Sean Reince
    Rex Jim Jeff Ben Betsy Rick Ryan Paul Steve Julian Edward Chelsea Malia Sasha Michelle Laura Barbara Jenna""")
