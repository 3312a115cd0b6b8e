// Validate and normalise a batch of JSON service configs.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Retry struct {
	Attempts  int `json:"attempts"`
	BackoffMS int `json:"backoff_ms,omitempty"`
}

type ServiceConfig struct {
	Name     string            `json:"name"`
	Host     string            `json:"host"`
	Port     int               `json:"port"`
	TLS      bool              `json:"tls,omitempty"`
	Tags     []string          `json:"tags,omitempty"`
	Labels   map[string]string `json:"labels,omitempty"`
	Retry    *Retry            `json:"retry,omitempty"`
	Internal string            `json:"-"`
}

var (
	ErrMissingName = errors.New("missing name")
	ErrBadPort     = errors.New("port out of range")
	ErrBadHost     = errors.New("invalid host")
)

type ValidationError struct {
	Index int
	Field string
	Err   error
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("config[%d].%s: %v", v.Index, v.Field, v.Err)
}

func (v *ValidationError) Unwrap() error { return v.Err }

var inputs = []string{
	`{"name":" Billing ","host":"BILLING.internal","port":8443,"tls":true,"tags":["prod","Payments","prod"]}`,
	`{"name":"search","host":"search.internal","port":0}`,
	`{"name":"","host":"x","port":80}`,
	`{"name":"auth","host":"auth internal","port":443}`,
	`{"name":"reports","host":"Reports.Internal","port":9000,"labels":{"team":"data","Tier":"2"},"retry":{"attempts":0}}`,
	`{"name":"cache","host":"cache.internal","port":"6379"}`,
	`{"name":"queue","host":"mq.internal","port":5672,"retry":{"attempts":5,"backoff_ms":250},"tags":["B","a"]}`,
}

func normalise(c *ServiceConfig) {
	c.Name = strings.ToLower(strings.TrimSpace(c.Name))
	c.Host = strings.ToLower(c.Host)
	if c.Port == 0 {
		if c.TLS {
			c.Port = 443
		} else {
			c.Port = 80
		}
	}
	seen := map[string]bool{}
	var tags []string
	for _, t := range c.Tags {
		t = strings.ToLower(t)
		if !seen[t] {
			seen[t] = true
			tags = append(tags, t)
		}
	}
	sort.Strings(tags)
	c.Tags = tags
	if len(c.Labels) > 0 {
		lower := make(map[string]string, len(c.Labels))
		for k, v := range c.Labels {
			lower[strings.ToLower(k)] = v
		}
		c.Labels = lower
	}
	if c.Retry != nil && c.Retry.Attempts == 0 {
		c.Retry.Attempts = 3
		if c.Retry.BackoffMS == 0 {
			c.Retry.BackoffMS = 100
		}
	}
}

func validate(i int, c *ServiceConfig) error {
	if c.Name == "" {
		return &ValidationError{i, "name", ErrMissingName}
	}
	if c.Port < 1 || c.Port > 65535 {
		return &ValidationError{i, "port", fmt.Errorf("%w: %d", ErrBadPort, c.Port)}
	}
	if strings.ContainsAny(c.Host, " /") || !strings.Contains(c.Host, ".") {
		return &ValidationError{i, "host", fmt.Errorf("%w: %q", ErrBadHost, c.Host)}
	}
	return nil
}

func main() {
	var good []ServiceConfig
	counts := map[string]int{}
	for i, raw := range inputs {
		var c ServiceConfig
		if err := json.Unmarshal([]byte(raw), &c); err != nil {
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				fmt.Printf("[%d] decode error: field %q wants %v, got %s\n", i, te.Field, te.Type, te.Value)
			} else {
				fmt.Printf("[%d] decode error: %v\n", i, err)
			}
			counts["decode"]++
			continue
		}
		normalise(&c)
		if err := validate(i, &c); err != nil {
			fmt.Printf("[%d] invalid: %v\n", i, err)
			switch {
			case errors.Is(err, ErrBadPort):
				counts["port"]++
			case errors.Is(err, ErrBadHost):
				counts["host"]++
			case errors.Is(err, ErrMissingName):
				counts["name"]++
			}
			continue
		}
		fmt.Printf("[%d] ok: %s -> %s:%d\n", i, c.Name, c.Host, c.Port)
		good = append(good, c)
	}

	sort.Slice(good, func(i, j int) bool { return good[i].Name < good[j].Name })
	out, err := json.MarshalIndent(good, "", "  ")
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println("\nNormalised configs:")
	fmt.Println(string(out))
	fmt.Printf("\nRejected by reason: %v\n", counts)
	fmt.Printf("Accepted %d of %d\n", len(good), len(inputs))
}
