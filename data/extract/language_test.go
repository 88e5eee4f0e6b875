package extract

import (
	"context"
	"errors"
	"testing"

	"storyline/data/article"
)

// An article in another language is skipped with its language named; English news, with
// however many foreign names, a short note or a table of results, is read.
func TestArticlesInOtherLanguagesAreSkipped(t *testing.T) {
	cases := []struct{ body, language string }{
		{"Die Bundesregierung hat am Mittwoch beschlossen, dass die Steuern im nächsten Jahr sinken sollen. " +
			"Der Finanzminister sagte, das sei ein gutes Zeichen für die Wirtschaft und die Bürger des Landes.", "German"},
		{"Le gouvernement a annoncé mercredi une baisse des impôts pour l'année prochaine. Le ministre des " +
			"Finances a déclaré que c'était un bon signe pour l'économie et pour les citoyens du pays.", "French"},
		{"El gobierno anunció el miércoles una rebaja de impuestos para el próximo año. El ministro de " +
			"Hacienda dijo que era una buena señal para la economía y para los ciudadanos del país.", "Spanish"},
		{"Mustafa Abdel Jalil, chairman of the National Transitional Council, said in Benghazi on Tuesday " +
			"that Saif al-Islam Gaddafi and Abdullah al-Senussi had fled towards Bani Walid and Sabha.", ""},
		{"Russia fired missiles at Syria on Wednesday.", ""},
		{"Standings: Detroit 48 86 .358, Milwaukee 64 71 .474, Chicago 69 63 .523, Boston 75 62 .547, " +
			"Toronto 66 70 .485, Baltimore 71 64 .526, Cleveland 80 55 .593, Minnesota 65 70 .481.", ""},
	}
	for _, c := range cases {
		_, err := Document(context.Background(), &article.Article{Path: "a.txt", Body: c.body}, Options{})
		var fe *ForeignError
		switch {
		case c.language == "" && err != nil:
			t.Errorf("%.40q: %v", c.body, err)
		case c.language != "" && (!errors.As(err, &fe) || fe.Language != c.language):
			t.Errorf("%.40q: error %v, want one naming %s", c.body, err, c.language)
		case c.language != "" && err.Error() != "a.txt: written in "+c.language+"; storyline reads English news":
			t.Errorf("message %q", err)
		}
	}
}
