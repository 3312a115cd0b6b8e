package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type ParseError struct {
	Line, Col int
	Err       error
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d, column %d: %v", e.Line, e.Col, e.Err)
}
func (e *ParseError) Unwrap() error { return e.Err }

var (
	ErrBareQuote  = errors.New("bare \" in non-quoted field")
	ErrUnclosed   = errors.New("unterminated quoted field")
	ErrFieldCount = errors.New("wrong number of fields")
)

type state int

const (
	fieldStart state = iota
	unquoted
	quoted
	quoteInQuoted // saw a quote inside a quoted field: either escape or end
)

// Parse implements RFC 4180 as a character-level state machine.
func Parse(src string, sep rune) ([][]string, error) {
	var records [][]string
	var rec []string
	var field strings.Builder
	st := fieldStart
	line, col := 1, 0
	startLine, qLine, qCol := 1, 0, 0
	endField := func() { rec = append(rec, field.String()); field.Reset(); st = fieldStart }
	endRecord := func() {
		endField()
		if len(records) > 0 && len(rec) != len(records[0]) {
			panic(&ParseError{startLine, 1, fmt.Errorf("%w: got %d, want %d", ErrFieldCount, len(rec), len(records[0]))})
		}
		records, rec = append(records, rec), nil
	}
	var err error
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = r.(*ParseError)
			}
		}()
		for _, r := range src {
			col++
			if st == fieldStart && rec == nil {
				startLine = line
			}
			switch st {
			case fieldStart, unquoted:
				switch {
				case r == '"' && st == fieldStart:
					st, qLine, qCol = quoted, line, col
				case r == '"':
					panic(&ParseError{line, col, ErrBareQuote})
				case r == sep:
					endField()
				case r == '\n':
					endRecord()
				case r != '\r':
					field.WriteRune(r)
					st = unquoted
				}
			case quoted:
				if r == '"' {
					st = quoteInQuoted
				} else {
					field.WriteRune(r)
				}
			case quoteInQuoted:
				switch r {
				case '"':
					field.WriteRune('"')
					st = quoted
				case sep:
					endField()
				case '\n':
					endRecord()
				case '\r':
				default:
					panic(&ParseError{line, col, fmt.Errorf("extraneous %q after closing quote", r)})
				}
			}
			if r == '\n' {
				line, col = line+1, 0
			}
		}
		switch {
		case st == quoted:
			panic(&ParseError{qLine, qCol, ErrUnclosed})
		case st != fieldStart || rec != nil:
			endRecord()
		}
	}()
	return records, err
}

func main() {
	inputs := []struct {
		name string
		sep  rune
		text string
	}{
		{"simple", ',', "name,qty,price\nbolt,100,0.05\nnut,250,0.02\n"},
		{"quoted", ',', "id,comment\n1,\"hello, world\"\n2,\"she said \"\"hi\"\"\"\n3,\"multi\nline\"\n"},
		{"crlf+semicolon", ';', "a;b\r\n1;2\r\n;\r\n"},
		{"no trailing newline", ',', "x,y\n\"1\",2"},
		{"bare quote", ',', "a,b\nab\"c,d\n"},
		{"unterminated", ',', "a,b\n1,\"open\n2,3\n"},
		{"ragged", ',', "a,b,c\n1,2,3\n4,5\n"},
		{"junk after quote", ',', "a\n\"x\"y\n"},
	}
	for _, in := range inputs {
		recs, err := Parse(in.text, in.sep)
		r := csv.NewReader(strings.NewReader(in.text))
		r.Comma = in.sep
		std, stdErr := r.ReadAll()
		if err != nil {
			var pe *ParseError
			errors.As(err, &pe)
			fmt.Printf("%-20s ERROR at %d:%d %v | stdlib also fails: %v\n", in.name, pe.Line, pe.Col, pe.Err, stdErr != nil)
			fmt.Printf("%-20s   unclosed=%v barequote=%v fieldcount=%v\n", "", errors.Is(err, ErrUnclosed), errors.Is(err, ErrBareQuote), errors.Is(err, ErrFieldCount))
			continue
		}
		fmt.Printf("%-20s %d records, matches encoding/csv: %v\n", in.name, len(recs), reflect.DeepEqual(recs, std))
		for _, rec := range recs {
			q := make([]string, len(rec))
			for i, f := range rec {
				q[i] = strconv.Quote(f)
			}
			fmt.Printf("%-20s   [%s]\n", "", strings.Join(q, " | "))
		}
	}
}
