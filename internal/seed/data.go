package seed

// Name and place lists the generator draws from.
var (
	firstNames = []string{"Anna", "Ben", "Clara", "David", "Elif", "Felix", "Greta", "Hannes", "Ida", "Jonas",
		"Kira", "Lukas", "Mia", "Noah", "Olga", "Paul", "Quirin", "Rosa", "Samir", "Tara",
		"Ulrich", "Vera", "Wim", "Xenia", "Yusuf", "Zoe", "Amelie", "Bruno", "Chiara", "Dario",
		"Emma", "Finn", "Hanna", "Ilias", "Julia", "Karl", "Lena", "Milan", "Nora", "Oskar"}
	lastNames = []string{"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
		"Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger",
		"Hartmann", "Lange", "Werner", "Krause", "Lehmann", "Köhler", "Maier", "Huber", "Kaiser", "Fuchs",
		"Peters", "Jansen", "de Vries", "Martin", "Bernard", "Dubois", "Smith", "Jones", "Taylor", "Brown"}
	companies = []string{"Nordlicht GmbH", "Bergwerk AG", "Hafenblick KG", "Sonnenhof e.V.", "Rheinfeld Logistik",
		"Alpenglanz Software", "Elbtal Medien", "Kiez Kollektiv", "Fjord Analytics", "Marktplatz Digital"}
	customerNames = []string{"Stadtwerke Aurich", "FC Blau-Weiß Lindenau", "Theater am Ring", "Bäckerei Kornblume",
		"Museum der Moderne", "Tierpark Westend", "Sportverein Eiche", "Kulturhaus Nord", "Zoo am See",
		"Konzerthalle Süd", "Handballclub Möwe", "Reitverein Heide", "Bibliothek Mitte", "Hallenbad Ost",
		"Eishockey Adler", "Oper am Fluss"}
	domains = []string{"example.com", "example.org", "example.net"}
	streets = []string{"Hauptstraße", "Bahnhofstraße", "Gartenweg", "Lindenallee", "Schulstraße", "Kirchplatz", "Am Markt", "Mühlenweg"}
	places  = []place{
		{"DE", "+49", []string{"Berlin", "Hamburg", "München", "Köln", "Leipzig"}, 5},
		{"AT", "+43", []string{"Wien", "Graz", "Linz"}, 4},
		{"CH", "+41", []string{"Zürich", "Bern", "Basel"}, 4},
		{"NL", "+31", []string{"Amsterdam", "Utrecht"}, 4},
		{"FR", "+33", []string{"Paris", "Lyon"}, 5},
		{"GB", "+44", []string{"London", "Leeds"}, 5},
	}
	properties = []string{"first_name", "last_name", "phone", "city", "company", "street", "zip"}
)

type place struct {
	country, dialCode string
	cities            []string
	zipDigits         int
}
