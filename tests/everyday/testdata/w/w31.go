package main

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

func walk(path string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		for _, k := range slices.Sorted(maps.Keys(x)) {
			walk(path+"."+k, x[k], out)
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", path, i), e, out)
		}
	case float64:
		*out = append(*out, fmt.Sprintf("%s = %g (number)", path, x))
	case string, bool:
		*out = append(*out, fmt.Sprintf("%s = %#v (%T)", path, x, x))
	case nil:
		*out = append(*out, path+" = null")
	}
}

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = []string{"debug", "info", "warn", "error"}

func (l Level) MarshalJSON() ([]byte, error) { return json.Marshal(levelNames[l]) }

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	i := slices.Index(levelNames, strings.ToLower(s))
	if i < 0 {
		return fmt.Errorf("unknown level %q", s)
	}
	*l = Level(i)
	return nil
}

type Envelope struct {
	Type string          `json:"type"`
	At   time.Time       `json:"at"`
	Data json.RawMessage `json:"data"`
}

type LogEvent struct {
	Level Level  `json:"level"`
	Msg   string `json:"msg"`
}

type Metric struct {
	Name  string            `json:"name"`
	Value float64           `json:"value"`
	Tags  map[string]string `json:"tags,omitempty"`
}

const doc = `{"service":"billing","replicas":3,"healthy":true,"owner":null,
 "endpoints":[{"path":"/pay","methods":["POST"]},{"path":"/refund","methods":["POST","GET"],"weight":0.25}],
 "limits":{"rps":1e3,"burst":50}}`

const stream = `[
 {"type":"log","at":"2024-05-01T12:00:00Z","data":{"level":"WARN","msg":"disk 91%"}},
 {"type":"metric","at":"2024-05-01T12:00:05Z","data":{"name":"latency_ms","value":12.5,"tags":{"host":"a"}}},
 {"type":"log","at":"2024-05-01T12:01:00Z","data":{"level":"loud","msg":"??"}},
 {"type":"trace","at":"2024-05-01T12:02:00Z","data":{}}
]`

func main() {
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		panic(err)
	}
	var lines []string
	walk("$", v, &lines)
	fmt.Println(strings.Join(lines, "\n"))
	var envs []Envelope
	if err := json.Unmarshal([]byte(stream), &envs); err != nil {
		panic(err)
	}
	for _, e := range envs {
		prefix := e.At.Format("15:04:05") + " " + e.Type + ":"
		switch e.Type {
		case "log":
			var le LogEvent
			if err := json.Unmarshal(e.Data, &le); err != nil {
				fmt.Println(prefix, "bad log:", err)
				continue
			}
			out, _ := json.Marshal(le)
			fmt.Println(prefix, le.Level, le.Msg, string(out))
		case "metric":
			var m Metric
			json.Unmarshal(e.Data, &m)
			fmt.Printf("%s %+v\n", prefix, m)
		default:
			fmt.Println(prefix, "unhandled, raw =", string(e.Data))
		}
	}
	out, _ := json.Marshal(map[string]any{"levels": []Level{Debug, Error}, "when": time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)})
	fmt.Println(string(out))
}
