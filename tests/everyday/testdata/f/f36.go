// f36: fixed-width record parsing from a textual layout spec, with typed fields and positions.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type FieldSpec struct {
	Name       string
	Start, End int // 1-based inclusive columns
	Type       string
	Arg        string // e.g. date layout or implied decimals
}

type FieldError struct {
	Record int
	Field  FieldSpec
	Raw    string
	Err    error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("record %d, %s (cols %d-%d) %q: %v", e.Record, e.Field.Name, e.Field.Start, e.Field.End, e.Raw, e.Err)
}
func (e *FieldError) Unwrap() error { return e.Err }

var ErrShortRecord = errors.New("record shorter than layout")

// ParseLayout reads "name:start-end[:type[(arg)]]" entries separated by commas.
func ParseLayout(spec string) ([]FieldSpec, error) {
	var out []FieldSpec
	prevEnd := 0
	for i, item := range strings.Split(spec, ",") {
		parts := strings.Split(strings.TrimSpace(item), ":")
		if len(parts) < 2 || len(parts) > 3 {
			return nil, fmt.Errorf("layout item %d %q: want name:start-end[:type]", i+1, item)
		}
		f := FieldSpec{Name: parts[0], Type: "str"}
		a, b, ok := strings.Cut(parts[1], "-")
		var err1, err2 error
		f.Start, err1 = strconv.Atoi(a)
		f.End, err2 = strconv.Atoi(b)
		if !ok || errors.Join(err1, err2) != nil || f.Start < 1 || f.End < f.Start {
			return nil, fmt.Errorf("layout item %d %q: bad column range %q", i+1, item, parts[1])
		}
		if f.Start <= prevEnd {
			return nil, fmt.Errorf("layout item %d %q: overlaps previous field ending at %d", i+1, item, prevEnd)
		}
		prevEnd = f.End
		if len(parts) == 3 {
			f.Type, f.Arg, _ = strings.Cut(strings.TrimSuffix(parts[2], ")"), "(")
		}
		switch f.Type {
		case "str", "int", "dec", "date":
		default:
			return nil, fmt.Errorf("layout item %d: unknown type %q", i+1, f.Type)
		}
		out = append(out, f)
	}
	return out, nil
}

func convert(f FieldSpec, raw string) (any, error) {
	s := strings.TrimSpace(raw)
	switch f.Type {
	case "int":
		return strconv.ParseInt(s, 10, 32)
	case "dec": // implied decimals: "0001999" with dec(2) -> 19.99
		places, _ := strconv.Atoi(f.Arg)
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return nil, err
		}
		div := 1.0
		for range places {
			div *= 10
		}
		return float64(n) / div, nil
	case "date":
		return time.Parse(f.Arg, s)
	}
	return s, nil
}

func ParseRecord(n int, line string, layout []FieldSpec) (map[string]any, []error) {
	rec := map[string]any{}
	var errs []error
	for _, f := range layout {
		if len(line) < f.End {
			errs = append(errs, &FieldError{n, f, "", fmt.Errorf("%w (len %d)", ErrShortRecord, len(line))})
			continue
		}
		raw := line[f.Start-1 : f.End]
		v, err := convert(f, raw)
		if err != nil {
			errs = append(errs, &FieldError{n, f, raw, err})
			continue
		}
		rec[f.Name] = v
	}
	return rec, errs
}

func main() {
	for _, bad := range []string{"id:1-5,name:4-10", "id:1-x", "id:1-5:money", "justname"} {
		_, err := ParseLayout(bad)
		fmt.Println("layout error:", err)
	}
	layout, err := ParseLayout("id:1-6:int, name:7-22, amount:23-31:dec(2), booked:32-39:date(20060102), cur:40-42")
	if err != nil {
		panic(err)
	}
	records := []string{
		"000042Ada Lovelace    000012999202403 1EUR",
		"000043Grace Hopper    00000050020240229USD",
		"00004XAlan Turing     0000001A020241301GBP",
		"000045Short",
		"000046Edsger Dijkstra -00000012202401O1JPY",
		"000047Barbara Liskov  -0000001220240115JPY",
	}
	for i, line := range records {
		rec, errs := ParseRecord(i+1, line, layout)
		if len(errs) == 0 {
			fmt.Printf("record %d ok: id=%v name=%q amount=%.2f booked=%s cur=%v\n", i+1, rec["id"], rec["name"],
				rec["amount"], rec["booked"].(time.Time).Format(time.DateOnly), rec["cur"])
			continue
		}
		for _, e := range errs {
			var ne *strconv.NumError
			tag := ""
			if errors.As(e, &ne) {
				tag = " [" + ne.Err.Error() + "]"
			}
			fmt.Printf("  %v%s\n", e, tag)
		}
	}
}
