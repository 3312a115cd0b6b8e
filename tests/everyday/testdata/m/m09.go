package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type state int

const (
	fieldStart state = iota
	unquoted
	quoted
	quoteInQuoted
)

func (s state) String() string {
	return [...]string{"fieldStart", "unquoted", "quoted", "quoteInQuoted"}[s]
}

type CSVError struct {
	Row, Col int
	State    state
	Msg      string
}

func (e *CSVError) Error() string {
	return fmt.Sprintf("row %d col %d (%v): %s", e.Row, e.Col, e.State, e.Msg)
}

func ParseCSV(src string, sep rune) ([][]string, error) {
	var rows [][]string
	var row []string
	var field strings.Builder
	st := fieldStart
	rowNo, col := 1, 0
	endField := func() { row = append(row, field.String()); field.Reset(); st = fieldStart }
	endRow := func() { endField(); rows = append(rows, row); row = nil; rowNo++; col = 0 }
	src = strings.ReplaceAll(src, "\r\n", "\n")
	for _, r := range src {
		col++
		switch st {
		case fieldStart, unquoted:
			switch {
			case r == '"' && st == fieldStart:
				st = quoted
			case r == '"':
				return nil, &CSVError{rowNo, col, st, "bare quote in unquoted field"}
			case r == sep:
				endField()
			case r == '\n':
				endRow()
			default:
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
				endRow()
			default:
				return nil, &CSVError{rowNo, col, st, fmt.Sprintf("unexpected %q after closing quote", r)}
			}
		}
	}
	if st == quoted {
		return nil, &CSVError{rowNo, col, st, "unterminated quoted field"}
	}
	if field.Len() > 0 || len(row) > 0 {
		endRow()
	}
	return rows, nil
}

func toRecords(rows [][]string) []map[string]string {
	var recs []map[string]string
	for _, r := range rows[1:] {
		m := make(map[string]string, len(rows[0]))
		for i, h := range rows[0] {
			if i < len(r) {
				m[h] = r[i]
			}
		}
		recs = append(recs, m)
	}
	return recs
}

const data = "region,product,units,note\r\n" +
	"north,\"Widget, Large\",12,\"said \"\"rush\"\"\"\r\n" +
	"south,Gadget,7,\r\n" +
	"north,Gadget,3,\"multi\nline\"\r\n" +
	"east,Widget,20,ok\r\n" +
	"south,\"Widget, Large\",5,\r\n"

func main() {
	rows, err := ParseCSV(data, ',')
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for i, r := range rows {
		fmt.Printf("row %d: %q\n", i, r)
	}
	recs := toRecords(rows)
	byRegion := map[string][]map[string]string{}
	for _, rec := range recs {
		byRegion[rec["region"]] = append(byRegion[rec["region"]], rec)
	}
	regions := make([]string, 0, len(byRegion))
	for k := range byRegion {
		regions = append(regions, k)
	}
	sort.Strings(regions)
	for _, reg := range regions {
		total := 0
		var products []string
		for _, rec := range byRegion[reg] {
			n, _ := strconv.Atoi(rec["units"])
			total += n
			products = append(products, rec["product"])
		}
		fmt.Printf("%-6s units=%3d products=%s\n", reg, total, strings.Join(products, " | "))
	}
	tsv, _ := ParseCSV("a\tb\tc\n1\t\"two\ttabs\"\t3", '\t')
	fmt.Printf("tsv: %q\n", tsv)
	for _, bad := range []string{"a,b\"c\n", "x,\"open\n", "\"q\"x,1\n"} {
		_, err := ParseCSV(bad, ',')
		var ce *CSVError
		if errors.As(err, &ce) {
			fmt.Printf("%-14q -> %v\n", bad, ce)
		}
	}
}
