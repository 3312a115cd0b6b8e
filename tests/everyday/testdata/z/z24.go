package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrUnterminated = errors.New("unterminated quoted field")

// SplitRecord splits a CSV-like line on sep, honouring double quotes ("" escapes a quote).
func SplitRecord(line string, sep rune) ([]string, error) {
	var fields []string
	var cur strings.Builder
	inQuotes := false
	runes := []rune(line)
	for i := 0; i < len(runes); i++ {
		r := runes[i]
		switch {
		case inQuotes && r == '"' && i+1 < len(runes) && runes[i+1] == '"':
			cur.WriteRune('"')
			i++
		case r == '"':
			inQuotes = !inQuotes
		case r == sep && !inQuotes:
			fields = append(fields, cur.String())
			cur.Reset()
		default:
			cur.WriteRune(r)
		}
	}
	if inQuotes {
		return nil, fmt.Errorf("%w in %q", ErrUnterminated, line)
	}
	return append(fields, cur.String()), nil
}

type Row struct {
	Name  string
	City  string
	Age   int
	Score float64
}

func parseRows(data string) ([]Row, []error) {
	var rows []Row
	var errs []error
	lines := strings.Split(strings.TrimSpace(data), "\n")
	header, _ := SplitRecord(lines[0], ',')
	idx := map[string]int{}
	for i, h := range header {
		idx[strings.ToLower(strings.TrimSpace(h))] = i
	}
	for n, line := range lines[1:] {
		f, err := SplitRecord(line, ',')
		if err != nil {
			errs = append(errs, fmt.Errorf("row %d: %w", n+1, err))
			continue
		}
		if len(f) != len(header) {
			errs = append(errs, fmt.Errorf("row %d: want %d fields, got %d", n+1, len(header), len(f)))
			continue
		}
		age, err1 := strconv.Atoi(strings.TrimSpace(f[idx["age"]]))
		score, err2 := strconv.ParseFloat(strings.TrimSpace(f[idx["score"]]), 64)
		if err := errors.Join(err1, err2); err != nil {
			errs = append(errs, fmt.Errorf("row %d: %w", n+1, err))
			continue
		}
		rows = append(rows, Row{f[idx["name"]], f[idx["city"]], age, score})
	}
	return rows, errs
}

const data = `name,city,age,score
Alice,"Portland, OR",34,88.5
"Bob ""The Builder""",Austin,41,72
Carol,Denver,29,91.25
Dan,"Boston,28,60
Eve,Seattle,abc,70
Frank,Miami,50
Grace,"New York, NY",38,1e2`

func main() {
	for _, s := range []string{`a,b,c`, `"x,y",z`, `,,`, `"he said ""hi""";ok`, `héllo,wörld`} {
		f, err := SplitRecord(s, ',')
		fmt.Printf("%-22q -> %d %q %v\n", s, len(f), f, err)
	}
	semi, _ := SplitRecord(`"he said ""hi""";ok`, ';')
	fmt.Printf("%q\n", semi)

	rows, errs := parseRows(data)
	fmt.Printf("%-20s|%-14s|%4s|%7s\n", "NAME", "CITY", "AGE", "SCORE")
	var sum float64
	for _, r := range rows {
		fmt.Printf("%-20s|%-14s|%4d|%7.2f\n", r.Name, r.City, r.Age, r.Score)
		sum += r.Score
	}
	fmt.Printf("avg score: %.3f over %d rows\n", sum/float64(len(rows)), len(rows))
	for _, e := range errs {
		fmt.Println("ERR", e, "| unterminated:", errors.Is(e, ErrUnterminated))
	}
	fmt.Printf("%+v\n", rows[1])
}
