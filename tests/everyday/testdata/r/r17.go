package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
)

type Contact struct {
	Name  string
	Email string
	Notes string
	Tags  []string
}

func (c Contact) Record() []string {
	return []string{c.Name, c.Email, c.Notes, strings.Join(c.Tags, ";")}
}

func fromRecord(rec []string) (Contact, error) {
	if len(rec) != 4 {
		return Contact{}, fmt.Errorf("want 4 fields, got %d", len(rec))
	}
	var tags []string
	if rec[3] != "" {
		tags = strings.Split(rec[3], ";")
	}
	return Contact{rec[0], rec[1], rec[2], tags}, nil
}

func main() {
	contacts := []Contact{
		{"Ada Lovelace", "ada@example.com", "first programmer", []string{"math", "history"}},
		{`Grace "Amazing" Hopper`, "grace@navy.mil", "said, \"It's easier to ask forgiveness\"", []string{"cobol"}},
		{"Linus, T.", "linus@kernel.org", "multi\nline\nnote", nil},
		{" leading space", "x@y.z", "", []string{"edge"}},
		{"Ken Thompson", "ken@bell-labs.com", "#not a comment", []string{"unix", "go", "utf8"}},
	}
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"name", "email", "notes", "tags"})
	for _, c := range contacts {
		if err := w.Write(c.Record()); err != nil {
			fmt.Println("write error:", err)
		}
	}
	w.Flush()
	encoded := sb.String()
	fmt.Println("--- encoded CSV ---")
	fmt.Print(encoded)
	fmt.Println("--- round trip ---")

	r := csv.NewReader(strings.NewReader(encoded))
	recs, err := r.ReadAll()
	if err != nil {
		fmt.Println("read error:", err)
		return
	}
	for i, rec := range recs[1:] {
		c, err := fromRecord(rec)
		if err != nil {
			fmt.Println("bad record:", err)
			continue
		}
		same := c.Name == contacts[i].Name && c.Notes == contacts[i].Notes && len(c.Tags) == len(contacts[i].Tags)
		fmt.Printf("%d. name=%q tags=%d notes-lines=%d roundtrip=%v\n", i+1, c.Name, len(c.Tags), strings.Count(c.Notes, "\n")+1, same)
	}

	fmt.Println("--- malformed inputs ---")
	bad := []struct {
		label string
		data  string
		lazy  bool
	}{
		{"bare quote", "a,b\"c,d\n", false},
		{"bare quote lazy", "a,b\"c,d\n", true},
		{"unterminated", "a,\"b,c\n", false},
		{"field count", "a,b,c\nd,e\n", false},
		{"trailing comma", "a,b,\n", false},
	}
	for _, b := range bad {
		r := csv.NewReader(strings.NewReader(b.data))
		r.LazyQuotes = b.lazy
		recs, err := r.ReadAll()
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%-16s line %d col %d: %v\n", b.label, pe.Line, pe.Column, pe.Err)
		} else {
			fmt.Printf("%-16s ok %q\n", b.label, recs)
		}
	}
	r = csv.NewReader(strings.NewReader("# comment\n a , b \n\"x\",y\n"))
	r.Comment = '#'
	r.TrimLeadingSpace = true
	recs, _ = r.ReadAll()
	fmt.Printf("comment+trim: %q\n", recs)
}
