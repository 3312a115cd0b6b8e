// h32: stream a large JSON document with json.Decoder.Token, decoding array elements one by one.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

const doc = `{
  "source": "sensor-export",
  "exported": "2024-08-01",
  "meta": {"units": {"temp": "C", "pm25": "ug/m3"}, "tags": ["city", "outdoor"]},
  "readings": [
    {"station": "north", "temp": 21.4, "pm25": 12},
    {"station": "south", "temp": 23.9, "pm25": 35},
    {"station": "north", "temp": 22.0, "pm25": 14},
    {"station": "east",  "temp": 19.5, "pm25": null},
    {"station": "south", "temp": 24.6, "pm25": 41},
    {"station": "east",  "temp": 20.1, "pm25": 8}
  ],
  "trailer": {"count": 6}
}`

type reading struct {
	Station string   `json:"station"`
	Temp    float64  `json:"temp"`
	PM25    *float64 `json:"pm25"`
}

type acc struct {
	n, pmN     int
	temp, pm   float64
	maxPM      float64
	maxStation string
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != want {
		return fmt.Errorf("expected %v, got %v", want, tok)
	}
	return nil
}

func run(r io.Reader) error {
	dec := json.NewDecoder(r)
	if err := expectDelim(dec, '{'); err != nil {
		return err
	}
	stations := map[string]*acc{}
	var order []string
	total := acc{}
	for dec.More() {
		keyTok, err := dec.Token()
		if err != nil {
			return err
		}
		key := keyTok.(string)
		if key != "readings" {
			var skip json.RawMessage // consume any value without interpreting it
			if err := dec.Decode(&skip); err != nil {
				return err
			}
			fmt.Printf("skipped %-9s (%d bytes)\n", key, len(skip))
			continue
		}
		if err := expectDelim(dec, '['); err != nil {
			return err
		}
		for dec.More() {
			var rd reading
			if err := dec.Decode(&rd); err != nil {
				return err
			}
			a := stations[rd.Station]
			if a == nil {
				a = &acc{}
				stations[rd.Station] = a
				order = append(order, rd.Station)
			}
			for _, x := range []*acc{a, &total} {
				x.n++
				x.temp += rd.Temp
				if rd.PM25 != nil {
					x.pmN++
					x.pm += *rd.PM25
					if *rd.PM25 > x.maxPM {
						x.maxPM, x.maxStation = *rd.PM25, rd.Station
					}
				}
			}
		}
		if err := expectDelim(dec, ']'); err != nil {
			return err
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return err
	}

	fmt.Println("\nstation  n  avg_temp  avg_pm25")
	for _, s := range order {
		a := stations[s]
		fmt.Printf("%-7s %2d %9.2f %9.1f\n", s, a.n, a.temp/float64(a.n), a.pm/float64(a.pmN))
	}
	fmt.Printf("all     %2d %9.2f %9.1f  worst pm2.5 %.0f at %s\n", total.n, total.temp/float64(total.n),
		total.pm/float64(total.pmN), total.maxPM, total.maxStation)
	return nil
}

func main() {
	if err := run(strings.NewReader(doc)); err != nil {
		fmt.Println("error:", err)
	}

	fmt.Println("\ntruncated input:")
	err := run(strings.NewReader(doc[:len(doc)/2]))
	fmt.Printf("error: %v (unexpected EOF: %t)\n", err, errors.Is(err, io.ErrUnexpectedEOF))

	fmt.Println("\nwrong shape:")
	err = run(strings.NewReader(`{"readings": {"station": "x"}}`))
	fmt.Println("error:", err)
}
