package org.innomatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevCredentialsTest {

    @TempDir
    Path dir;

    @Test
    void generatedOnceThenReusedAndTheKeysMatch() throws Exception {
        assertTrue(DevCredentials.existingAdminKey(dir).isEmpty());
        DevCredentials first = DevCredentials.ensure(dir);
        String internalPrivate = Files.readString(first.internalPrivateKey());
        DevCredentials again = DevCredentials.ensure(dir);

        assertEquals(first.adminKey(), again.adminKey());
        assertEquals(internalPrivate, Files.readString(again.internalPrivateKey()), "keys are not regenerated");
        assertTrue(first.adminKey().matches("imk_[0-9a-f]{16}_[A-Za-z0-9_-]{43}"), first.adminKey());
        assertEquals(first.adminKey(), DevCredentials.existingAdminKey(dir).orElseThrow());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(first.adminKey().getBytes(StandardCharsets.UTF_8))), first.adminKeySha256());

        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(first.internalPrivateKey()))));
        signer.update(new byte[] { 1, 2, 3 });
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(first.internalPublicKey()))));
        verifier.update(new byte[] { 1, 2, 3 });
        assertTrue(verifier.verify(signature), "the internal key pair belongs together");
        assertTrue(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(first.issuerPrivateKey())))
                instanceof RSAPrivateKey);
    }

    @Test
    void theGatewaySignsAndTheServicesVerifyWithTheStacksKeys() {
        DevCredentials keys = DevCredentials.ensure(dir);
        StackLayout layout = new StackLayout(dir);
        Map<String, String> gateway = ServiceLaunch.credentialProperties(ServiceModule.GATEWAY, keys, layout);
        assertEquals("file:" + keys.internalPrivateKey().toAbsolutePath(), gateway.get("smallrye.jwt.sign.key.location"));
        assertEquals(keys.adminKeySha256(), gateway.get("innomatch.auth.admin-key-sha256"));
        assertEquals("true", gateway.get("innomatch.auth.dev-tokens.enabled"));
        assertEquals("innomatch.api-keys", gateway.get("innomatch.auth.api-keys-topic"));
        assertFalse(gateway.containsValue(keys.adminKey()), "the gateway is given the hash, not the key");
        Map<String, String> profiles = ServiceLaunch.credentialProperties(ServiceModule.PROFILE_SERVICE, keys, layout);
        assertEquals(Map.of("mp.jwt.verify.publickey.location", "file:" + keys.internalPublicKey().toAbsolutePath()), profiles);
    }

    private static byte[] der(Path pem) throws Exception {
        return Base64.getMimeDecoder().decode(Files.readString(pem).replaceAll("-----[A-Z ]+-----", ""));
    }
}
