package main

import (
	"fmt"
	"slices"
	"strings"
)

// Topic-based pub/sub with MQTT-style wildcards: '+' matches one segment,
// '#' matches the rest.

type Message struct {
	Topic string
	Body  string
}

type Handler interface {
	Handle(Message)
}

type HandlerFunc func(Message)

func (f HandlerFunc) Handle(m Message) { f(m) }

type subscriber struct {
	pattern []string
	name    string
	h       Handler
}

type Broker struct {
	subs     []subscriber
	retained map[string]Message
}

func NewBroker() *Broker { return &Broker{retained: map[string]Message{}} }

func match(pattern, topic []string) bool {
	for i, p := range pattern {
		switch {
		case p == "#":
			return true
		case i >= len(topic):
			return false
		case p != "+" && p != topic[i]:
			return false
		}
	}
	return len(pattern) == len(topic)
}

// Subscribe delivers matching retained messages immediately, in topic order.
func (b *Broker) Subscribe(pattern, name string, h Handler) {
	pat := strings.Split(pattern, "/")
	b.subs = append(b.subs, subscriber{pat, name, h})
	topics := make([]string, 0, len(b.retained))
	for t := range b.retained {
		topics = append(topics, t)
	}
	slices.Sort(topics)
	for _, t := range topics {
		if match(pat, strings.Split(t, "/")) {
			h.Handle(b.retained[t])
		}
	}
}

func (b *Broker) Publish(topic, body string, retain bool) []string {
	m := Message{topic, body}
	if retain {
		b.retained[topic] = m
	}
	segs := strings.Split(topic, "/")
	var got []string
	for _, s := range b.subs {
		if match(s.pattern, segs) {
			s.h.Handle(m)
			got = append(got, s.name)
		}
	}
	return got
}

type collector struct {
	name string
	seen []string
}

func (c *collector) Handle(m Message) { c.seen = append(c.seen, m.Topic+"="+m.Body) }

func main() {
	b := NewBroker()
	b.Publish("home/kitchen/temp", "21.5", true)
	b.Publish("home/garage/door", "closed", true)

	dash := &collector{name: "dashboard"}
	b.Subscribe("home/#", "dashboard", dash)

	temps := &collector{name: "temps"}
	b.Subscribe("home/+/temp", "temps", temps)

	var alarms []string
	b.Subscribe("home/+/door", "alarm", HandlerFunc(func(m Message) {
		if m.Body == "open" {
			alarms = append(alarms, "ALARM "+m.Topic)
		}
	}))

	pubs := []struct {
		topic, body string
		retain      bool
	}{
		{"home/livingroom/temp", "19.0", true},
		{"home/garage/door", "open", true},
		{"home/kitchen/temp/raw", "0x1F", false},
		{"office/lobby/temp", "22.1", false},
		{"home/front/door", "closed", false},
		{"home", "ping", false},
	}
	for _, p := range pubs {
		fmt.Printf("publish %-22s -> %v\n", p.topic, b.Publish(p.topic, p.body, p.retain))
	}
	for _, c := range []*collector{dash, temps} {
		fmt.Printf("%s received %d:\n", c.name, len(c.seen))
		for _, s := range c.seen {
			fmt.Println("   ", s)
		}
	}
	fmt.Println("alarms:", alarms)

	late := &collector{}
	b.Subscribe("home/+/+", "late", late)
	fmt.Println("late joiner retained:", late.seen)
}
