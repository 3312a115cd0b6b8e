package main

import (
	"bufio"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

type Severity int

const (
	Debug Severity = iota
	Info
	Warn
	Error
	Fatal
)

var severityNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR", "FATAL"}

func (s Severity) String() string {
	if s < 0 || int(s) >= len(severityNames) {
		return "Severity(" + strconv.Itoa(int(s)) + ")"
	}
	return severityNames[s]
}

func ParseSeverity(s string) (Severity, error) {
	if i := slices.Index(severityNames[:], strings.ToUpper(s)); i >= 0 {
		return Severity(i), nil
	}
	return 0, fmt.Errorf("unknown severity %q", s)
}

type Celsius float64

func (c Celsius) String() string      { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "°C" }
func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type SensorID string

func (id SensorID) String() string { return "sensor:" + string(id) }

type Reading struct {
	Sensor SensorID
	Level  Severity
	Temp   Celsius
}

func (r Reading) String() string {
	return fmt.Sprintf("[%-5v] %v %v (%.1f°F)", r.Level, r.Sensor, r.Temp, r.Temp.Fahrenheit())
}

const feed = `boiler-1 info 71.5
boiler-2 warn 88.0
chiller-a debug 4.2
boiler-1 error 97.3
chiller-b info 5.1
boiler-2 critical 120.0
chiller-a warn 11.8
boiler-3 fatal 131.25
chiller-b debug 3.9`

func main() {
	var readings []Reading
	sc := bufio.NewScanner(strings.NewReader(feed))
	for n := 1; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		lvl, err := ParseSeverity(f[1])
		if err != nil {
			fmt.Printf("line %d: %v\n", n, err)
			continue
		}
		t, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			fmt.Printf("line %d: %v\n", n, err)
			continue
		}
		readings = append(readings, Reading{SensorID(f[0]), lvl, Celsius(t)})
	}

	slices.SortStableFunc(readings, func(a, b Reading) int { return int(b.Level - a.Level) })
	fmt.Println("\nReadings by severity:")
	for _, r := range readings {
		fmt.Println(" ", r)
	}

	counts := make([]int, len(severityNames))
	for _, r := range readings {
		counts[r.Level]++
	}
	fmt.Println("\nCounts:")
	for lvl, c := range counts {
		fmt.Printf("  %-6v %s%d\n", Severity(lvl), strings.Repeat("▇", c*3), c)
	}

	fmt.Println("\nVerbs on named types:")
	s := Warn
	fmt.Printf("  %%v=%v %%d=%d %%s=%s %%q=%q %%T=%T\n", s, s, s, s, s)
	fmt.Printf("  out of range: %v\n", Severity(9))
	c := Celsius(-40)
	fmt.Printf("  %v == %.0f°F, type %T\n", c, c.Fahrenheit(), c)
	id := SensorID("x9")
	fmt.Printf("  %v %s %q %#v\n", id, id, string(id), id)
	fmt.Printf("  %+v\n", readings[0])
}
