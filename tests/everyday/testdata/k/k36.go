package main

import (
	"encoding/json"
	"fmt"
	"log"
	"os"
	"strings"
	"time"
)

type Audit struct {
	CreatedBy string    `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
	Revision  int       `json:"rev,omitempty"`
}

type Geo struct {
	Lat float64 `json:"lat"`
	Lon float64 `json:"lon"`
}

type Store struct {
	Audit                        // embedded: fields are promoted into the JSON object
	*Geo                         // embedded pointer: promoted when non-nil
	ID           int64           `json:"id,string"` // JS-safe numeric id
	Name         string          `json:"name"`
	Manager      string          `json:"manager,omitzero"`
	SquareMeters float64         `json:"sqm"`
	Opened       time.Time       `json:"opened,omitzero"`
	Internal     string          `json:"-"`
	Dash         string          `json:"-,"` // literally named "-"
	Attributes   Attrs           `json:"attrs,omitempty"`
	Raw          json.RawMessage `json:"raw,omitempty"`
}

type Attrs map[string]any

func main() {
	created := time.Date(2024, 2, 1, 8, 30, 0, 0, time.UTC)
	stores := []Store{
		{
			Audit: Audit{"etl", created, 3},
			Geo:   &Geo{52.3702, 4.8952},
			ID:    9007199254740993, Name: "Amsterdam Centraal", Manager: "Noor",
			SquareMeters: 412.5, Opened: time.Date(2019, 5, 17, 0, 0, 0, 0, time.UTC),
			Internal: "lease renegotiation pending", Dash: "dash-value",
			Attributes: Attrs{"parking": false, "floors": 2, "hours": []string{"08-20", "10-18"}},
			Raw:        json.RawMessage(`{"legacy_code":"AMS-01"}`),
		},
		{
			Audit: Audit{CreatedBy: "manual", CreatedAt: created.AddDate(0, 0, 9)},
			ID:    17, Name: "Popup Utrecht", SquareMeters: 38,
		},
	}

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(stores); err != nil {
		log.Fatal(err)
	}

	// Decode: embedded pointer gets allocated only if its fields appear.
	in := `[
	  {"created_by":"api","created_at":"2024-03-05T12:00:00Z","id":"42","name":"Leiden","sqm":120,
	   "lat":52.16,"lon":4.49,"-":"x","Internal":"ignored?","unknown_field":true},
	  {"created_by":"api","created_at":"2024-03-06T12:00:00Z","id":"43","name":"Delft","sqm":95.5}
	]`
	var decoded []Store
	if err := json.Unmarshal([]byte(in), &decoded); err != nil {
		log.Fatal(err)
	}
	for _, s := range decoded {
		fmt.Printf("id=%d (%T) name=%s by=%s at=%s geo=%v internal=%q dash=%q\n",
			s.ID, s.ID, s.Name, s.CreatedBy, s.CreatedAt.Format(time.DateOnly), s.Geo, s.Internal, s.Dash)
	}

	// Strict decoding rejects unknown fields.
	dec := json.NewDecoder(strings.NewReader(in))
	dec.DisallowUnknownFields()
	var strict []Store
	fmt.Println("strict decode error:", dec.Decode(&strict))

	// String-tagged ints must be quoted on input.
	var bad Store
	err := json.Unmarshal([]byte(`{"id": 42}`), &bad)
	fmt.Println("unquoted id error:", err)
}
