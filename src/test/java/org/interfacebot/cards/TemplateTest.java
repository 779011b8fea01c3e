package org.interfacebot.cards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static JsonNode expand(String template, String data) {
    return Template.parse("test.json", template.replace('\'', '"')).expand(json(data));
  }

  @Test
  void wholeBindingKeepsTheValueType() {
    JsonNode out =
        expand(
            "{'n':'${count(items)}','o':'${owner}','b':'${ok}'}",
            "{'items':[1,2],'owner':{'name':'Ann'},'ok':true}");
    assertThat(out).isEqualTo(json("{'n':2,'o':{'name':'Ann'},'b':true}"));
  }

  @Test
  void bindingsInsideTextAreStringified() {
    JsonNode out =
        expand("{'t':'Hi ${name}, ${tags} ${n}'}", "{'name':'Ann','tags':['a','b'],'n':1.5}");
    assertThat(out.get("t").textValue()).isEqualTo("Hi Ann, a,b 1.5");
  }

  @Test
  void dataOnAnArrayRepeatsTheElementWithIndexAndRoot() {
    JsonNode out =
        expand(
            "{'body':[{'$data':'${items}','text':'${$index}: ${name} of ${$root.title}'}]}",
            "{'title':'T','items':[{'name':'a'},{'name':'b'}]}");
    assertThat(out).isEqualTo(json("{'body':[{'text':'0: a of T'},{'text':'1: b of T'}]}"));
  }

  @Test
  void dataOnAnObjectScopesAndAnEmptyArrayRemoves() {
    JsonNode out =
        expand(
            "{'body':[{'$data':'${owner}','text':'${name}'},{'$data':'${none}','text':'x'}]}",
            "{'owner':{'name':'Ann'},'none':[]}");
    assertThat(out).isEqualTo(json("{'body':[{'text':'Ann'}]}"));
  }

  @Test
  void whenKeepsOnlyOnBooleanTrue() {
    JsonNode out =
        expand(
            "[{'$when':'${n > 1}','a':1},{'$when':'${n < 1}','a':2},{'$when':'${n}','a':3}]",
            "{'n':2}");
    assertThat(out).isEqualTo(json("[{'a':1}]"));
  }

  @Test
  void missingPropertiesStayAsLiteralText() {
    JsonNode out = expand("{'a':'${nosuch}','b':'x ${a.b.c} y','c':'${name'}", "{}");
    assertThat(out).isEqualTo(json("{'a':'${nosuch}','b':'x ${a.b.c} y','c':'${name'}"));
  }

  @Test
  void escapedBindingIsLiteral() {
    JsonNode out = expand("{'a':'\\\\${x}'}", "{'x':1}");
    assertThat(out.get("a").textValue()).isEqualTo("${x}");
  }

  @Test
  void userTextStaysData() {
    String hostile = "\"}] ${$root.secret} \\ \n **bold**";
    JsonNode data = JSON.createObjectNode().put("name", hostile).put("secret", "S");
    JsonNode out = Template.parse("t", "{\"a\":\"${name}\",\"b\":\"<${name}>\"}").expand(data);
    assertThat(out.get("a").textValue()).isEqualTo(hostile);
    assertThat(out.get("b").textValue()).isEqualTo("<" + hostile + ">");
  }

  @Test
  void commonFunctions() {
    JsonNode out =
        expand(
            "{'a':'${if(n > 1, \\\"big\\\", \\\"small\\\")}','b':'${join(tags, \\\", \\\")}',"
                + "'c':'${toUpper(name)}','d':'${add(n, 3)}','e':'${concat(name, \\\"!\\\")}',"
                + "'f':'${first(tags)}','g':'${last(tags)}','h':'${length(name)}',"
                + "'i':'${count(where(items, x, x.v > 1))}','j':'${select(items, x, x.v)}',"
                + "'k':'${formatNumber(1234.5, 2)}','l':'${exists(nosuch)}',"
                + "'m':'${formatDateTime(when, \\\"yyyy-MM-dd HH:mm\\\")}'}",
            "{'n':2,'tags':['a','b'],'name':'ann','items':[{'v':1},{'v':2}],"
                + "'when':'2024-03-05T14:07:00Z'}");
    assertThat(out)
        .isEqualTo(
            json(
                "{'a':'big','b':'a, b','c':'ANN','d':5,'e':'ann!','f':'a','g':'b','h':3,"
                    + "'i':1,'j':[1,2],'k':'1,234.50','l':false,'m':'2024-03-05 14:07'}"));
  }

  @Test
  void unknownFunctionAndSyntaxErrorsAreReportedAtParse() {
    assertThatThrownBy(() -> Template.parse("cards/x.json", "{\n  \"a\": \"${nosuch(1)}\"}"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("cards/x.json")
        .hasMessageContaining("line 2")
        .hasMessageContaining("nosuch");
    assertThatThrownBy(() -> Template.parse("cards/y.json", "{\"a\": \"${1 +}\"}"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("cards/y.json");
  }

  @Test
  void expansionDoesNotMutateInputs() {
    JsonNode data = json("{'o':{'a':1}}");
    JsonNode copy = data.deepCopy();
    JsonNode out = expand("{'x':'${o}'}", "{'o':{'a':1}}");
    ((com.fasterxml.jackson.databind.node.ObjectNode) out.get("x")).put("a", 2);
    assertThat(data).isEqualTo(copy);
  }
}
