package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(strconv.Quote(strconv.FormatFloat(float64(c), 'f', 1, 64) + "C")), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	s, err := strconv.Unquote(string(b))
	if err != nil {
		return fmt.Errorf("celsius: %w", err)
	}
	v, err := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
	if err != nil {
		return fmt.Errorf("celsius %q: %w", s, err)
	}
	*c = Celsius(v)
	return nil
}

type Reading struct {
	Sensor string    `json:"sensor"`
	At     time.Time `json:"at"`
	Temp   Celsius   `json:"temp"`
	Tags   []string  `json:"tags,omitempty"`
}

type Envelope struct {
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload"`
}

type Alert struct {
	Level string `json:"level"`
	Msg   string `json:"msg"`
}

func main() {
	r := Reading{
		Sensor: "greenhouse-1",
		At:     time.Date(2024, 7, 4, 12, 0, 0, 0, time.UTC),
		Temp:   31.456,
		Tags:   []string{"roof", "south"},
	}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)

	var back Reading
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v err=%v\n", back, err)
	fmt.Println("same time:", back.At.Equal(r.At), "temp:", float64(back.Temp))

	err = json.Unmarshal([]byte(`{"sensor":"x","temp":"hotC"}`), &back)
	fmt.Println("bad temp:", err)
	var ne *strconv.NumError
	fmt.Println("is NumError:", errors.As(err, &ne))

	stream := `
{"type":"reading","payload":{"sensor":"s1","at":"2024-07-04T13:00:00Z","temp":"22.5C"}}
{"type":"alert","payload":{"level":"high","msg":"door open"}}
{"type":"reading","payload":{"sensor":"s2","at":"2024-07-04T13:05:00+02:00","temp":"-3.0C","tags":["freezer"]}}
{"type":"unknown","payload":null}
`
	dec := json.NewDecoder(strings.NewReader(stream))
	for n := 1; ; n++ {
		var env Envelope
		if err := dec.Decode(&env); err == io.EOF {
			break
		} else if err != nil {
			fmt.Println("decode:", err)
			break
		}
		switch env.Type {
		case "reading":
			var rd Reading
			if err := json.Unmarshal(env.Payload, &rd); err != nil {
				fmt.Println(n, "reading error:", err)
				continue
			}
			fmt.Printf("%d reading %s at %s temp=%v (%.1f F) tags=%d\n", n, rd.Sensor,
				rd.At.UTC().Format(time.TimeOnly), rd.Temp, float64(rd.Temp)*9/5+32, len(rd.Tags))
		case "alert":
			var a Alert
			_ = json.Unmarshal(env.Payload, &a)
			fmt.Printf("%d alert %+v\n", n, a)
		default:
			fmt.Printf("%d skip type=%q raw=%s\n", n, env.Type, env.Payload)
		}
	}

	out, _ := json.Marshal(map[string]any{
		"readings": []Reading{r},
		"count":    1,
		"html":     "<b>&</b>",
	})
	fmt.Println(string(out))
}
