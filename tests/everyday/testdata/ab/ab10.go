package main

import (
	"encoding/json"
	"fmt"
	"log"
	"math"
	"sort"
)

// NullFloat mirrors sql.NullFloat64 but decodes JSON null.
type NullFloat struct {
	Float64 float64
	Valid   bool
}

func (n *NullFloat) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*n = NullFloat{}
		return nil
	}
	n.Valid = true
	return json.Unmarshal(b, &n.Float64)
}

func (n NullFloat) String() string {
	if !n.Valid {
		return "NaN"
	}
	return fmt.Sprintf("%.1f", n.Float64)
}

type Reading struct {
	Sensor   string    `json:"sensor"`
	Hour     int       `json:"hour"`
	Temp     NullFloat `json:"temp"`
	Humidity NullFloat `json:"humidity"`
}

const payload = `[
 {"sensor":"s1","hour":0,"temp":20.1,"humidity":45},
 {"sensor":"s1","hour":1,"temp":null,"humidity":47},
 {"sensor":"s1","hour":2,"temp":null,"humidity":null},
 {"sensor":"s1","hour":3,"temp":21.4,"humidity":50},
 {"sensor":"s1","hour":4,"temp":22.0,"humidity":null},
 {"sensor":"s2","hour":0,"temp":null,"humidity":60},
 {"sensor":"s2","hour":1,"temp":18.2,"humidity":61},
 {"sensor":"s2","hour":2,"temp":18.9,"humidity":null},
 {"sensor":"s2","hour":3,"temp":null,"humidity":63},
 {"sensor":"s2","hour":4,"temp":19.6,"humidity":64}
]`

type Column func(*Reading) *NullFloat

var columns = []struct {
	Name string
	Get  Column
}{
	{"temp", func(r *Reading) *NullFloat { return &r.Temp }},
	{"humidity", func(r *Reading) *NullFloat { return &r.Humidity }},
}

func show(title string, rs []Reading) {
	fmt.Println(title)
	fmt.Printf("  %-6s %4s %6s %8s\n", "sensor", "hour", "temp", "humidity")
	for _, r := range rs {
		fmt.Printf("  %-6s %4d %6v %8v\n", r.Sensor, r.Hour, r.Temp, r.Humidity)
	}
}

// ffill forward-fills within each sensor; leading gaps stay missing.
func ffill(rs []Reading, col Column) {
	last := map[string]NullFloat{}
	for i := range rs {
		v := col(&rs[i])
		if v.Valid {
			last[rs[i].Sensor] = *v
		} else if prev, ok := last[rs[i].Sensor]; ok {
			*v = prev
		}
	}
}

// interpolate linearly between known neighbours within a sensor.
func interpolate(rs []Reading, col Column) {
	for i := range rs {
		if col(&rs[i]).Valid {
			continue
		}
		lo, hi := i-1, i+1
		for lo >= 0 && rs[lo].Sensor == rs[i].Sensor && !col(&rs[lo]).Valid {
			lo--
		}
		for hi < len(rs) && rs[hi].Sensor == rs[i].Sensor && !col(&rs[hi]).Valid {
			hi++
		}
		if lo < 0 || hi >= len(rs) || rs[lo].Sensor != rs[i].Sensor || rs[hi].Sensor != rs[i].Sensor {
			continue
		}
		a, b := col(&rs[lo]).Float64, col(&rs[hi]).Float64
		frac := float64(i-lo) / float64(hi-lo)
		*col(&rs[i]) = NullFloat{a + (b-a)*frac, true}
	}
}

func main() {
	var rs []Reading
	if err := json.Unmarshal([]byte(payload), &rs); err != nil {
		log.Fatal(err)
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].Sensor != rs[j].Sensor {
			return rs[i].Sensor < rs[j].Sensor
		}
		return rs[i].Hour < rs[j].Hour
	})
	show("raw:", rs)

	fmt.Println("\nisna().sum():")
	for _, c := range columns {
		n, sum, cnt := 0, 0.0, 0
		for i := range rs {
			if v := c.Get(&rs[i]); !v.Valid {
				n++
			} else {
				sum += v.Float64
				cnt++
			}
		}
		fmt.Printf("  %-8s missing=%d mean(skipna)=%.3f\n", c.Name, n, sum/float64(cnt))
	}

	ff := append([]Reading(nil), rs...)
	for _, c := range columns {
		ffill(ff, c.Get)
	}
	fmt.Println()
	show("ffill by sensor:", ff)

	ip := append([]Reading(nil), rs...)
	for _, c := range columns {
		interpolate(ip, c.Get)
	}
	fmt.Println()
	show("linear interpolate by sensor:", ip)

	dropped := 0
	for _, r := range ip {
		if !r.Temp.Valid || !r.Humidity.Valid {
			dropped++
		}
	}
	fmt.Printf("\ndropna() after interpolation would drop %d rows; max temp=%.1f\n", dropped, maxTemp(ip))
}

func maxTemp(rs []Reading) float64 {
	m := math.Inf(-1)
	for _, r := range rs {
		if r.Temp.Valid {
			m = math.Max(m, r.Temp.Float64)
		}
	}
	return m
}
